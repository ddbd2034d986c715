package io.alpenlock.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.MembershipAction.ChangeRole;
import io.alpenlock.organizations.roles.MembershipAction.Invite;
import io.alpenlock.organizations.roles.MembershipAction.Leave;
import io.alpenlock.organizations.roles.MembershipAction.Remove;
import io.alpenlock.organizations.roles.MembershipAction.SetProducts;

/**
 * The membership policy, as tables a reviewer can read: {@code change-role.csv}, {@code set-products.csv},
 * {@code invite.csv}, {@code remove.csv} and {@code leave.csv} beside this class. Each row is one situation
 * (actor's role or not a member, target's role, the actor themself or another member, the action's
 * parameter) with the expected outcome when the organization has one and when it has two legal
 * representatives. Every row is checked against {@link MembershipRules}, and every table must hold each
 * situation of the full cross product exactly once.
 */
class MembershipRulesMatrixTest {

    private static final String NOT_A_MEMBER = "none";
    private static final List<String> ACTORS = Stream.concat(roleNames().stream(), Stream.of(NOT_A_MEMBER)).toList();
    private static final List<String> WHO = List.of("other", "self");
    private static final List<String> GRANTS = List.of("none", "use", "manage");
    private static final Map<String, Integer> LEGAL_REPRESENTATIVES = Map.of("1 LR", 1, "2 LRs", 2);

    private static final ProductId MAIL = ProductId.of("mail");
    private static final ProductId DRIVE = ProductId.of("drive");

    private final MembershipRules rules = new MembershipRules();

    enum Table {
        CHANGE_ROLE("change-role.csv", List.of("actor", "target", "who", "new role"),
                row -> new ChangeRole(target(row), role(row.get("new role")))),
        SET_PRODUCTS("set-products.csv", List.of("actor", "target", "who", "grants"),
                row -> new SetProducts(target(row), grants(row.get("grants")))),
        INVITE("invite.csv", List.of("actor", "invited role", "grants"),
                row -> new Invite(role(row.get("invited role")), grants(row.get("grants")))),
        REMOVE("remove.csv", List.of("actor", "target", "who"), row -> new Remove(target(row))),
        LEAVE("leave.csv", List.of("actor"), row -> new Leave());

        final String file;
        final List<String> situationColumns;
        final Function<RuleTable.Row, MembershipAction> action;

        Table(String file, List<String> situationColumns, Function<RuleTable.Row, MembershipAction> action) {
            this.file = file;
            this.situationColumns = situationColumns;
            this.action = action;
        }

        RuleTable load() {
            return RuleTable.load(file, situationColumns.toArray(String[]::new));
        }

        /** Every situation the table must decide: the cross product of its situation columns. */
        Set<List<String>> fullCrossProduct() {
            List<List<String>> situations = new ArrayList<>();
            switch (this) {
                case CHANGE_ROLE -> actorTargetWho().forEach(s -> roleNames().forEach(to -> situations.add(plus(s, to))));
                case SET_PRODUCTS -> actorTargetWho().forEach(s -> GRANTS.forEach(g -> situations.add(plus(s, g))));
                case INVITE -> ACTORS.forEach(a -> roleNames().forEach(r -> GRANTS.forEach(g -> situations.add(List.of(a, r, g)))));
                case REMOVE -> situations.addAll(actorTargetWho());
                case LEAVE -> ACTORS.forEach(a -> situations.add(List.of(a)));
            }
            return new HashSet<>(situations);
        }
    }

    /** Each row of each table twice: with one and with two legal representatives. */
    static Stream<Arguments> everyRow() {
        return Arrays.stream(Table.values()).flatMap(table -> table.load().rows().stream()
                .flatMap(row -> LEGAL_REPRESENTATIVES.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue())
                        .map(count -> Arguments.of(Named.of(row + " with " + count.getKey(), row), table,
                                count.getValue(), row.get(count.getKey())))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRow")
    void theRulesDecideAsTheTableSays(RuleTable.Row row, Table table, int legalRepresentatives, String expected) {
        Actor actor = actor(row.get("actor"));
        MembershipAction action = table.action.apply(row);

        if (RuleTable.IMPOSSIBLE.equals(expected)) {
            assertThatThrownBy(() -> rules.decide(actor, action, legalRepresentatives))
                    .as("%s with %d legal representative(s)", row, legalRepresentatives)
                    .isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(rules.decide(actor, action, legalRepresentatives).outcome())
                    .as("%s with %d legal representative(s)", row, legalRepresentatives)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableHoldsEverySituationExactlyOnce(Table table) {
        List<List<String>> situations = table.load().rows().stream().map(RuleTable.Row::situation).toList();
        Set<List<String>> expected = table.fullCrossProduct();

        assertThat(situations).as("rows of %s", table.file).doesNotHaveDuplicates();
        assertThat(new HashSet<>(situations)).as("situations of %s", table.file).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyOutcomeInTheTablesIsAReasonCodeAllowedOrImpossible(Table table) {
        Set<String> known = new HashSet<>();
        known.add(Decision.ALLOWED_OUTCOME);
        known.add(RuleTable.IMPOSSIBLE);
        Arrays.stream(RefusalReason.values()).map(RefusalReason::code).forEach(known::add);

        assertThat(table.load().rows()).allSatisfy(row -> LEGAL_REPRESENTATIVES.keySet()
                .forEach(column -> assertThat(row.get(column)).as("%s, %s", row, column).isIn(known)));
    }

    static Stream<Table> tables() {
        return Arrays.stream(Table.values());
    }

    /** (actor, target role, who) for every actor and target; "self" only where the target is the actor. */
    private static List<List<String>> actorTargetWho() {
        List<List<String>> situations = new ArrayList<>();
        for (String actor : ACTORS) {
            for (String target : roleNames()) {
                for (String who : WHO) {
                    if (who.equals("other") || actor.equals(target)) {
                        situations.add(List.of(actor, target, who));
                    }
                }
            }
        }
        return situations;
    }

    private static List<String> plus(List<String> situation, String value) {
        List<String> longer = new ArrayList<>(situation);
        longer.add(value);
        return longer;
    }

    private static List<String> roleNames() {
        return Arrays.stream(OrganizationRole.values()).map(OrganizationRole::wireName).toList();
    }

    private static Actor actor(String cell) {
        return NOT_A_MEMBER.equals(cell) ? Actor.nonMember() : Actor.member(role(cell));
    }

    private static OrganizationRole role(String cell) {
        return OrganizationRole.parse(cell);
    }

    private static Target target(RuleTable.Row row) {
        return new Target(role(row.get("target")), switch (row.get("who")) {
            case "self" -> true;
            case "other" -> false;
            default -> throw new IllegalArgumentException(row + ": who must be self or other");
        });
    }

    private static ProductGrants grants(String cell) {
        return switch (cell) {
            case "none" -> ProductGrants.NONE;
            case "use" -> ProductGrants.of(ProductCatalogue.DEMO, Map.of(MAIL, ProductAccess.USE, DRIVE, ProductAccess.USE));
            case "manage" -> ProductGrants.of(ProductCatalogue.DEMO, Map.of(MAIL, ProductAccess.MANAGE, DRIVE, ProductAccess.USE));
            default -> throw new IllegalArgumentException("grants must be none, use or manage: " + cell);
        };
    }
}
