package io.alpenlock.authenticators.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.alpenlock.core.backup.BackupCodeFormat;
import io.alpenlock.core.backup.BackupCodePrompt;
import io.alpenlock.core.backup.BackupCodePrompt.Page;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;

/** The two pages of the backup-codes step, as template attributes. */
final class BackupCodePages {

    static final String CODES_FORM = "alpenlock-backup-codes.ftl";
    static final String STATUS_FORM = "alpenlock-backup-codes-status.ftl";
    static final String FIELD_STORED = "alpenlockStored";
    static final String FIELD_ACTION = "alpenlockAction";
    /** Codes page: "I have stored these codes safely", continue. */
    static final String ACTION_STORE = "store";
    /** Warning page: make a new set now. */
    static final String ACTION_NEW_SET = "new-set";
    /** Status and warning pages: go on. */
    static final String ACTION_CONTINUE = "continue";
    static final String ERROR_NOT_STORED = "alpenlockBackupCodesNotStored";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private BackupCodePages() {
    }

    /** A set of codes to store (first, asked-for or required), shown with Download, Print and Copy. */
    static Response codes(RequiredActionContext context, Page page, List<String> codes, String errorKey) {
        RealmModel realm = context.getRealm();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("mode", switch (page) {
            case NEW_CODES -> "NEW";
            case REQUIRED_REPLACEMENT -> "NONE_LEFT";
            default -> "REPLACE";
        });
        attributes.put("codes", codes.stream().map(BackupCodeFormat::display).toList());
        attributes.put("account", context.getUser().getUsername());
        attributes.put("issuer", realm.getDisplayName() == null || realm.getDisplayName().isBlank()
                ? realm.getName() : realm.getDisplayName());
        attributes.put("date", DATE.format(Instant.ofEpochMilli(Time.currentTimeMillis())));
        attributes.put("fileName", "backup-codes-" + realm.getName().replaceAll("[^A-Za-z0-9_-]", "_") + ".txt");
        attributes.put("canCancel", page != Page.REQUIRED_REPLACEMENT);
        var form = context.form().setAttribute("alpenlockBackupCodes", attributes);
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_STORED, errorKey));
        }
        return form.createForm(CODES_FORM);
    }

    /** After a use ("N codes left"), when few are left (offer a new set), or "set up an app first". */
    static Response status(RequiredActionContext context, Page page, int remaining, boolean justUsed) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("state", page.name());
        attributes.put("remaining", remaining);
        attributes.put("justUsed", justUsed);
        attributes.put("message", switch (page) {
            case SECOND_FACTOR_FIRST -> "alpenlockBackupCodesSecondFactorFirst";
            case RUNNING_LOW -> remaining == 1 ? "alpenlockBackupCodesLowOne" : "alpenlockBackupCodesLow";
            default -> "alpenlockBackupCodesLeft";
        });
        attributes.put("canContinue", page != Page.SECOND_FACTOR_FIRST && BackupCodePrompt.mayContinue(remaining));
        attributes.put("offerNewSet", page == Page.RUNNING_LOW);
        return context.form().setAttribute("alpenlockBackupCodesStatus", attributes).createForm(STATUS_FORM);
    }
}
