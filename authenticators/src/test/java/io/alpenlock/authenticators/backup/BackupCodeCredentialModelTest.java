package io.alpenlock.authenticators.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;

import io.alpenlock.core.backup.BackupCodeGenerator;
import io.alpenlock.core.backup.HashedBackupCodes;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class BackupCodeCredentialModelTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aStoredSetReadsBackAndChecksItsCodesWithoutHoldingThem() {
        List<String> codes = BackupCodeGenerator.newSet(random);
        BackupCodeCredentialModel created = BackupCodeCredentialModel.create(
                HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS), "Backup codes", 1_795_600_000_000L);

        CredentialModel stored = new CredentialModel();
        stored.setId("c1");
        stored.setType(created.getType());
        stored.setUserLabel(created.getUserLabel());
        stored.setCreatedDate(created.getCreatedDate());
        stored.setCredentialData(created.getCredentialData());
        stored.setSecretData(created.getSecretData());
        BackupCodeCredentialModel read = BackupCodeCredentialModel.from(stored);

        assertThat(read.getType()).isEqualTo("alpenlock-backup-codes");
        assertThat(read.getUserLabel()).isEqualTo("Backup codes");
        assertThat(read.data()).isEqualTo(new BackupCodeCredentialData(10, 1_795_600_000_000L, "PBKDF2-HMAC-SHA256", 1000));
        assertThat(read.hashed().indexOf(codes.get(6))).hasValue(6);
        assertThat(read.hashed().indexOf(BackupCodeGenerator.newSet(random, 1).get(0))).isEmpty();
        String everything = created.getCredentialData() + created.getSecretData() + created;
        codes.forEach(code -> assertThat(everything).doesNotContain(code));
        assertThat(created.getCredentialData()).doesNotContain("salt").doesNotContain("hashes");
    }

    @Test
    void secretDataNeverPrintsItsContent() {
        BackupCodeSecretData secret = new BackupCodeSecretData("c2FsdA==", List.of("aGFzaA=="));
        assertThat(secret.toString()).isEqualTo("BackupCodeSecretData[salt=***, hashes=1 x ***]");
    }
}
