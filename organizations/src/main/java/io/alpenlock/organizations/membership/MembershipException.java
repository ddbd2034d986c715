package io.alpenlock.organizations.membership;

import io.alpenlock.organizations.roles.RefusalReason;

/**
 * Why a membership operation did nothing. The {@linkplain #kind() kind} says how a caller answers (HTTP
 * status, page message); the {@linkplain #code() code} is stable and machine-readable; the message is safe to
 * show (English; the members page shows its own translation of the code).
 */
public final class MembershipException extends RuntimeException {

    /** How a refusal is answered. */
    public enum Kind {
        /** Bad input (400). */
        INVALID,
        /** Authenticated but not allowed (403). */
        FORBIDDEN,
        /** Unknown organization or member, or an organization the caller does not belong to (404). */
        NOT_FOUND,
        /** The state does not allow it (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String code;

    public MembershipException(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    static MembershipException invalid(String message) {
        return new MembershipException(Kind.INVALID, "invalid_request", message);
    }

    static MembershipException noSuchOrganization() {
        return new MembershipException(Kind.NOT_FOUND, "not_found", "No such organization.");
    }

    static MembershipException noSuchMember() {
        return new MembershipException(Kind.NOT_FOUND, "not_found", "No such member of this organization.");
    }

    static MembershipException busy() {
        return new MembershipException(Kind.CONFLICT, "busy",
                "Another change of this organization's members is in progress: try again.");
    }

    /**
     * A refusal of {@link io.alpenlock.organizations.roles.MembershipRules}. Not being a member answers like an
     * unknown organization, so that nobody learns which organizations exist.
     */
    static MembershipException refused(RefusalReason reason) {
        Kind kind = switch (reason) {
            case NOT_A_MEMBER -> Kind.NOT_FOUND;
            case LAST_LEGAL_REPRESENTATIVE, ROLE_UNCHANGED -> Kind.CONFLICT;
            case PRODUCTS_ONLY_FOR_COLLABORATORS_AND_EXTERNALS, EXTERNAL_CANNOT_MANAGE_PRODUCTS -> Kind.INVALID;
            default -> Kind.FORBIDDEN;
        };
        if (reason == RefusalReason.NOT_A_MEMBER) {
            return noSuchOrganization();
        }
        return new MembershipException(kind, reason.code(), reason.message());
    }
}
