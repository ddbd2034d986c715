package io.alpenlock.authenticators.backup;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One used backup code: the credential (the set) and the code's position in it. The primary key
 * {@code (CREDENTIAL_ID, CODE_INDEX)} is what makes a code work once, cluster-wide: of several transactions
 * inserting the same row, the database lets exactly one commit. Rows go away with their credential
 * (foreign key with {@code ON DELETE CASCADE}, see {@code META-INF/alpenlock-backup-codes-changelog.xml}).
 */
@Entity
@Table(name = "ALPENLOCK_BACKUP_CODE_USE")
@IdClass(BackupCodeUseEntity.Key.class)
@NamedQueries({
        @NamedQuery(name = BackupCodeUseEntity.COUNT_BY_CREDENTIAL,
                query = "select count(u) from BackupCodeUseEntity u where u.credentialId = :credentialId"),
        @NamedQuery(name = BackupCodeUseEntity.DELETE_BY_CREDENTIAL,
                query = "delete from BackupCodeUseEntity u where u.credentialId = :credentialId")
})
public class BackupCodeUseEntity {

    static final String COUNT_BY_CREDENTIAL = "alpenlockBackupCodeUsesCount";
    static final String DELETE_BY_CREDENTIAL = "alpenlockBackupCodeUsesDelete";

    @Id
    @Column(name = "CREDENTIAL_ID", length = 36, nullable = false)
    private String credentialId;

    @Id
    @Column(name = "CODE_INDEX", nullable = false)
    private int codeIndex;

    @Column(name = "USED_AT", nullable = false)
    private long usedAt;

    protected BackupCodeUseEntity() {
    }

    BackupCodeUseEntity(String credentialId, int codeIndex, long usedAt) {
        this.credentialId = credentialId;
        this.codeIndex = codeIndex;
        this.usedAt = usedAt;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public int getCodeIndex() {
        return codeIndex;
    }

    public long getUsedAt() {
        return usedAt;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private String credentialId;
        private int codeIndex;

        public Key() {
        }

        public Key(String credentialId, int codeIndex) {
            this.credentialId = credentialId;
            this.codeIndex = codeIndex;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && codeIndex == key.codeIndex && Objects.equals(credentialId, key.credentialId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(credentialId, codeIndex);
        }
    }
}
