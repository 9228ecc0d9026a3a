package com.gaplens.domain.maturity;

import static com.gaplens.domain.maturity.BusinessFunction.CUSTOMER_SERVICE;
import static com.gaplens.domain.maturity.BusinessFunction.HR;
import static com.gaplens.domain.maturity.BusinessFunction.LEADERSHIP;
import static com.gaplens.domain.maturity.BusinessFunction.MARKETING;
import static com.gaplens.domain.maturity.BusinessFunction.OPERATIONS_BACK_OFFICE;
import static com.gaplens.domain.maturity.BusinessFunction.PRODUCT;
import static com.gaplens.domain.maturity.BusinessFunction.RND;
import static com.gaplens.domain.maturity.ExperiencePractice.EMPLOYEE_EXPERIENCE_MEASURED;
import static com.gaplens.domain.maturity.ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS;
import static com.gaplens.domain.maturity.ExperiencePractice.NEW_OFFERS_DESIGNED_WITH_EXPERIENCE;

import com.gaplens.domain.maturity.MaturityRequirement.AnyFunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.FunctionBreadth;
import com.gaplens.domain.maturity.MaturityRequirement.FunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.PracticeInPlace;
import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the experience maturity ladder. A stage is reached when its own conditions <em>and those of every
 * lower stage</em> are met; the stage of a brand is the highest one reached.
 *
 * <table>
 *   <caption>Conditions of each stage (in addition to those of the stages below)</caption>
 *   <tr><th>stage</th><th>conditions</th></tr>
 *   <tr><td>{@link MaturityStage#OVERLAY}</td><td>none: the default</td></tr>
 *   <tr><td>{@link MaturityStage#IMPROVE_EXISTING}</td>
 *       <td>feedback changes existing offers; MARKETING takes part; CUSTOMER_SERVICE takes part</td></tr>
 *   <tr><td>{@link MaturityStage#DESIGN_NEW}</td>
 *       <td>new offers are designed with the experience built in; PRODUCT or RND takes part</td></tr>
 *   <tr><td>{@link MaturityStage#EXPERIENCE_BY_DESIGN}</td>
 *       <td>HR takes part; OPERATIONS_BACK_OFFICE takes part; LEADERSHIP takes part; employee experience is
 *       measured on the same 12 variables; at least {@value #BY_DESIGN_MINIMUM_FUNCTIONS} of the 9 functions take
 *       part</td></tr>
 * </table>
 *
 * <h2>Why these rules</h2>
 * They follow the ladder described in the sources (B. Duperrin, "L'expérience client au delà de l'initiative
 * marketing", 2015, in {@code seeds/}):
 * <ul>
 *   <li><b>Overlay</b> — "faire de l'expérience une surcouche dissociée de l'existant … on l'enrobe par des
 *       dispositifs de communication et de relation client": marketing tactics around an unchanged offer. Nothing
 *       is required to be here.</li>
 *   <li><b>Improve existing</b> — "sur la base des premiers retours d'expérience on améliore le produit ou le
 *       service": feedback must change the existing offers. The two functions that carry the overlay and hear the
 *       feedback, marketing and customer service ("communication et relation client"), must take part; a single
 *       function cannot turn feedback into changed offers.</li>
 *   <li><b>Design new</b> — "concevoir des choses nouvelles en intégrant l'expérience dès le processus de
 *       conception … mettre autour de la table des gens du marketing, du product management, du service client,
 *       de la R&amp;D… a minima": new offers designed with the experience built in, and the function that designs
 *       offers at the table. Marketing and customer service are already required by the rung below; product
 *       <em>or</em> R&amp;D is asked for, because a service company usually designs its offers in product
 *       management with no separate R&amp;D, and an industrial one the reverse.</li>
 *   <li><b>Experience by design</b> — "une manière de fonctionner, de concevoir et délivrer n'importe quelle de ses
 *       activités", touching "le business model et le modèle organisationnel", where "il n'y a pas d'expérience
 *       client sans expérience employé" (symmetry of attention), "vous ajoutez donc a minima le DRH autour de la
 *       table", and a remarkable front is worthless "si le backoffice n'a pas été réaligné en termes humains,
 *       organisationnels et technologiques". Hence HR, operations / back office and leadership (the business and
 *       organisational model is decided at the top, "à un niveau de plus en plus élevé") must take part; employee
 *       experience must be measured on the same 12 variables, so that the symmetry gap can be read; and the
 *       experience must be the way most of the organisation works: at least
 *       {@value #BY_DESIGN_MINIMUM_FUNCTIONS} of the 9 functions, which with the six named functions means at
 *       least one more of sales, IT and the other of product / R&amp;D, while tolerating an organisation that has
 *       no separate R&amp;D or sales function.</li>
 * </ul>
 * <b>Co-creation</b> with customers is recorded and reported ({@link MaturityPosition#alsoInPlace()}), but gates
 * no stage: the sources present it as a method of the experience economy (design thinking, co-creation), not as a
 * rung of the ladder, which is defined by who takes part and what the experience changes.
 */
public final class MaturityLadder {

    /** How many of the 9 business functions must take part for {@link MaturityStage#EXPERIENCE_BY_DESIGN}. */
    public static final int BY_DESIGN_MINIMUM_FUNCTIONS = 7;

    private MaturityLadder() {}

    /** The conditions a stage adds to those of the stages below it. */
    public static List<MaturityRequirement> conditionsOf(MaturityStage stage) {
        Require.present(stage, "stage");
        return switch (stage) {
            case OVERLAY -> List.of();
            case IMPROVE_EXISTING ->
                List.of(
                        new PracticeInPlace(FEEDBACK_CHANGES_EXISTING_OFFERS),
                        new FunctionInvolved(MARKETING),
                        new FunctionInvolved(CUSTOMER_SERVICE));
            case DESIGN_NEW ->
                List.of(
                        new PracticeInPlace(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE),
                        new AnyFunctionInvolved(Set.of(PRODUCT, RND)));
            case EXPERIENCE_BY_DESIGN ->
                List.of(
                        new FunctionInvolved(HR),
                        new FunctionInvolved(OPERATIONS_BACK_OFFICE),
                        new FunctionInvolved(LEADERSHIP),
                        new PracticeInPlace(EMPLOYEE_EXPERIENCE_MEASURED),
                        new FunctionBreadth(BY_DESIGN_MINIMUM_FUNCTIONS));
        };
    }

    /** Where the evidence puts a brand: the stage, the conditions behind it, and what the next stage still needs. */
    public static MaturityPosition position(MaturityEvidence evidence) {
        Require.present(evidence, "evidence");
        MaturityStage reached = MaturityStage.OVERLAY;
        List<MaturityRequirement> behind = new ArrayList<>();
        Optional<MaturityStage> next = reached.next();
        while (next.isPresent() && conditionsOf(next.get()).stream().allMatch(c -> c.metBy(evidence))) {
            reached = next.get();
            behind.addAll(conditionsOf(reached));
            next = reached.next();
        }
        List<MissingItem> missing = next.map(stage -> conditionsOf(stage).stream()
                        .filter(c -> !c.metBy(evidence))
                        .map(c -> new MissingItem(stage, c, c.shortfall(evidence)))
                        .toList())
                .orElse(List.of());
        Set<ExperiencePractice> used = EnumSet.noneOf(ExperiencePractice.class);
        for (MaturityRequirement condition : behind) {
            if (condition instanceof PracticeInPlace p) {
                used.add(p.practice());
            }
        }
        List<ExperiencePractice> alsoInPlace =
                evidence.practices().stream().filter(p -> !used.contains(p)).toList();
        return new MaturityPosition(reached, behind, next, missing, alsoInPlace);
    }
}
