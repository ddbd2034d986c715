package io.alpenlock.organizations.mapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.organizations.claim.OrganizationClaimConfig;
import io.alpenlock.organizations.products.InvalidProductException;
import io.alpenlock.organizations.products.ProductCatalogue;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperContainerModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperConfigException;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.IDToken;

/**
 * Puts the organizations the user belongs to, with their role, product permissions and external flag, into
 * ID tokens, access tokens, userinfo and introspection ({@link io.alpenlock.organizations.claim.OrganizationClaim}).
 * What the claim is built from, and how it stays fresh on every node: {@link CachedOrganizationClaim}.
 *
 * <p>The realm's product catalogue is the realm attribute {@value #PRODUCTS_ATTRIBUTE} (missing: the demo
 * catalogue). If that attribute is not valid, the claim is left out (and a warning logged) rather than
 * guessing which products people may use.
 */
public class OrganizationRoleMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "alpenlock-organization-roles";

    /** The realm attribute holding the product catalogue ({@link ProductCatalogue} setting). */
    public static final String PRODUCTS_ATTRIBUTE = "alpenlock.organizations.products";

    private static final Logger LOG = Logger.getLogger(OrganizationRoleMapper.class);

    private static final List<ProviderConfigProperty> CONFIG = configProperties();

    private static List<ProviderConfigProperty> configProperties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(OrganizationClaimConfig.CLAIM_NAME).label("Token claim name")
                .helpText("Name of the claim holding the user's organizations (default "
                        + OrganizationClaimConfig.DEFAULT_CLAIM_NAME + ").")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(OrganizationClaimConfig.DEFAULT_CLAIM_NAME).add()
                .property().name(OrganizationClaimConfig.INCLUDE_PRODUCTS).label("Include product permissions")
                .helpText("List, for each organization, the products the user may use there. Off: smaller tokens.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .build());
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, OrganizationRoleMapper.class);
        return List.copyOf(properties);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Alpenlock organization roles";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "The organizations the user belongs to, with their role, product permissions and whether they are"
                + " external. Product catalogue: realm attribute " + PRODUCTS_ATTRIBUTE + ".";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, ProtocolMapperContainerModel client,
            ProtocolMapperModel mapperModel) throws ProtocolMapperConfigException {
        List<String> problems = OrganizationClaimConfig.problems(mapperModel.getConfig());
        if (!problems.isEmpty()) {
            throw new ProtocolMapperConfigException(String.join(" ", problems));
        }
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        RealmModel realm = userSession.getRealm();
        String catalogueSetting = realm.getAttribute(PRODUCTS_ATTRIBUTE);
        ProductCatalogue catalogue;
        try {
            catalogue = ProductCatalogue.fromSetting(catalogueSetting);
        } catch (InvalidProductException e) {
            LOG.warnf("Realm %s: attribute %s is not valid (%s); the organizations claim is left out",
                    realm.getName(), PRODUCTS_ATTRIBUTE, e.getMessage());
            return;
        }
        OrganizationClaimConfig config = OrganizationClaimConfig.from(mappingModel.getConfig());
        token.getOtherClaims().put(config.claimName(), claim(session, realm, userSession.getUser(), catalogueSetting,
                catalogue, config));
    }

    /**
     * The claim value, built once per request and configuration: the ID token, access token and userinfo of one
     * token response share one claim map (a request-scoped session attribute). The map is unmodifiable.
     */
    private static Map<String, Object> claim(KeycloakSession session, RealmModel realm, UserModel user,
            String catalogueSetting, ProductCatalogue catalogue, OrganizationClaimConfig config) {
        String key = PROVIDER_ID + ":" + realm.getId() + ":" + user.getId() + ":" + config.includeProducts();
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = session.getAttribute(key, Map.class);
        if (claim == null) {
            claim = CachedOrganizationClaim.claim(session, realm, user, catalogueSetting, catalogue, config);
            session.setAttribute(key, claim);
        }
        return claim;
    }
}
