-- Demo mailbox directory for `./alpenlock run` (never for production): an in-memory H2 table that the mail realm's
-- "demo-directory" federation (distribution/src/main/realms/mail-realm.json) creates at its first connection, through
-- the JDBC URL's INIT=RUNSCRIPT. It runs at every new connection, so it only adds what is missing: passwords changed
-- on the mailbox page stay until Keycloak stops. The passwords are documented in docs/mailbox-federation.md:
--   alice@alpenlock.test / alice-mailbox-2026   (the demo account alice's login identifier: unification demo)
--   bruno@alpenlock.test / bruno-mailbox-2026
--   info@alpenlock.test  / info-mailbox-2026    (a shared mailbox, display name "Alpenlock Info")
-- Stored as Dovecot would store them ({SHA512-CRYPT}, written by `openssl passwd -6`).
CREATE TABLE IF NOT EXISTS mailbox (
    address  VARCHAR(254) PRIMARY KEY,
    password VARCHAR(512) NOT NULL,
    active   SMALLINT     NOT NULL DEFAULT 1,
    name     VARCHAR(255)
);
MERGE INTO mailbox (address, password, active, name) KEY (address)
    SELECT * FROM (VALUES
        ('alice@alpenlock.test', '{SHA512-CRYPT}$6$demoalicsalt$nv2ipSSHIRGH15nvUKkwvI5FzB88F04A/Z7F9qD7KZYyABag8Su1YwvAB35CjxKhLv8zah3.AnL9Zm0DhK/PE.', 1, 'Alice Keller'),
        ('bruno@alpenlock.test', '{SHA512-CRYPT}$6$demobrunsalt$gt6aNPO7qSpGi8k9KWPkvA1C9UwhpwWaKHHYTALkn5Vd6ggJKvg0H4r4W..rzl3xmhVoF0179dZBEuwRkLmab0', 1, 'Bruno Meier'),
        ('info@alpenlock.test', '{SHA512-CRYPT}$6$demoinfosalt$DLpF8Ex8nMGjRSS9zKEFydo7nuq6..Yytt0de6N70LJiOsXY40Uo6nkZLC/4Gh4JvCVv0selL5u0r5SAs2e6c0', 1, 'Alpenlock Info')
    ) AS demo(address, password, active, name)
    WHERE NOT EXISTS (SELECT 1 FROM mailbox m WHERE m.address = demo.address);
