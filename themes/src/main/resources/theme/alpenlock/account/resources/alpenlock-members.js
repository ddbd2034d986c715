// Account console (keycloak.v3) entry "Organization members" (content.json): the members page is a
// server-rendered page of the alpenlock theme, so this module only sends the browser there. The console has
// signed the person in already, and the page uses the same browser session of the realm.
export default function AlpenlockOrganizationMembers() {
  const match = window.location.pathname.match(/^(.*\/realms\/[^/]+)\/account(\/|$)/);
  if (match) {
    window.location.replace(match[1] + "/alpenlock-organizations/members");
  }
  return null;
}
