package com.gaplens.bootstrap.demo;

import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_USEFUL;
import static com.gaplens.domain.experience.ExperienceVariable.CUSTOMER_RELATIONSHIP_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.CUSTOMER_RELATIONSHIP_USEFUL;
import static com.gaplens.domain.experience.ExperienceVariable.SHARING_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.SHARING_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.SHARING_USEFUL;
import static com.gaplens.domain.experience.ExperienceVariable.USE_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.USE_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.USE_USEFUL;

import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.SegmentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fictional retailer of the demo: Maison Lumen, home goods and lighting, sold in stores, online, in
 * an app and through partners; its values simplicity, authenticity and conviviality; four segments; thirty
 * touchpoints over the five journey phases; a target experience with a commitment on each of the twelve
 * variables, some narrowed to a phase or to touchpoints; a variant per segment.
 *
 * <p>Three stories are planted in the measurements ({@link DemoMeasurements}):
 * <ol>
 *   <li>authenticity in after-sales ({@link #AFTER_SALES_AUTHENTICITY}) is kept for the 25–34 but broken
 *       for the 45–54, who were promised more (a named advisor calling back);</li>
 *   <li>a signature moment at {@link #HOME_DELIVERY} on {@link #DELIVERY_VARIABLE}, far above its target;</li>
 *   <li>an irritant at {@link #ONLINE_PAYMENT} on {@link #PAYMENT_VARIABLE} (an EASY variable: fluidity),
 *       far below its target.</li>
 * </ol>
 */
public final class DemoBrand {

    public static final String DEFAULT_NAME = "Maison Lumen";

    public static final String SIMPLICITY = "Simplicity";
    public static final String AUTHENTICITY = "Authenticity";
    public static final String CONVIVIALITY = "Conviviality";

    public static final List<ValueSpec> VALUES = List.of(
            new ValueSpec(
                    SIMPLICITY, "Nothing to learn, nothing to wait for: buying and living with our products is easy."),
            new ValueSpec(AUTHENTICITY, "Real materials, real makers, people who know what they sell."),
            new ValueSpec(CONVIVIALITY, "A warm welcome, in store, at home and online; objects made to be shared."));

    public static final SegmentSpec AGED_25_34 =
            new SegmentSpec("25–34", SegmentKind.PROFILE, "Customers aged 25 to 34");
    public static final SegmentSpec AGED_45_54 =
            new SegmentSpec("45–54", SegmentKind.PROFILE, "Customers aged 45 to 54");
    public static final SegmentSpec GIFT =
            new SegmentSpec("Gift purchase", SegmentKind.SITUATION, "Buying for someone else");
    public static final SegmentSpec URGENT_REPAIR =
            new SegmentSpec("Urgent repair", SegmentKind.SITUATION, "Something broke and is needed now");

    public static final List<SegmentSpec> SEGMENTS = List.of(AGED_25_34, AGED_45_54, GIFT, URGENT_REPAIR);

    public static final String ONLINE_PAYMENT = "Online payment";
    public static final String HOME_DELIVERY = "Home delivery";
    public static final ExperienceVariable PAYMENT_VARIABLE = USE_EASY;
    public static final ExperienceVariable DELIVERY_VARIABLE = ACCESS_PLEASANT;
    public static final ExperienceVariable AFTER_SALES_VARIABLE = CUSTOMER_RELATIONSHIP_PLEASANT;

    /** Thirty touchpoints; {@code weight} is how often each is measured, relatively. */
    public static final List<TouchpointSpec> TOUCHPOINTS = List.of(
            tp("Website product pages", JourneyPhase.BEFORE_PURCHASE, Channel.WEB, 6),
            tp("App catalogue", JourneyPhase.BEFORE_PURCHASE, Channel.MOBILE_APP, 4),
            tp("Instagram inspiration", JourneyPhase.BEFORE_PURCHASE, Channel.SOCIAL_MEDIA, 3),
            tp("Store showroom", JourneyPhase.BEFORE_PURCHASE, Channel.STORE, 5),
            tp("Newsletter", JourneyPhase.BEFORE_PURCHASE, Channel.EMAIL, 2),
            tp("Advice chat", JourneyPhase.BEFORE_PURCHASE, Channel.CHAT, 3),
            tp("Marketplace listing", JourneyPhase.BEFORE_PURCHASE, Channel.PARTNER, 2),
            tp("Online basket", JourneyPhase.PURCHASE, Channel.WEB, 5),
            tp(ONLINE_PAYMENT, JourneyPhase.PURCHASE, Channel.WEB, 7),
            tp("App checkout", JourneyPhase.PURCHASE, Channel.MOBILE_APP, 4),
            tp("Store checkout", JourneyPhase.PURCHASE, Channel.STORE, 5),
            tp("Store advisor", JourneyPhase.PURCHASE, Channel.STORE, 4),
            tp("Phone order", JourneyPhase.PURCHASE, Channel.PHONE, 1),
            tp("Gift wrapping", JourneyPhase.PURCHASE, Channel.STORE, 2),
            tp("Order confirmation", JourneyPhase.AFTER_PURCHASE, Channel.EMAIL, 3),
            tp("Delivery tracking", JourneyPhase.AFTER_PURCHASE, Channel.WEB, 4),
            tp(HOME_DELIVERY, JourneyPhase.AFTER_PURCHASE, Channel.DELIVERY, 7),
            tp("Click and collect", JourneyPhase.AFTER_PURCHASE, Channel.STORE, 3),
            tp("Customer service line", JourneyPhase.AFTER_PURCHASE, Channel.PHONE, 5),
            tp("Customer service chat", JourneyPhase.AFTER_PURCHASE, Channel.CHAT, 5),
            tp("Returns and exchanges", JourneyPhase.AFTER_PURCHASE, Channel.STORE, 4),
            tp("Repair request", JourneyPhase.AFTER_PURCHASE, Channel.WEB, 3),
            tp("Assembly instructions", JourneyPhase.USAGE, Channel.MAIL, 3),
            tp("Care tips in the app", JourneyPhase.USAGE, Channel.MOBILE_APP, 2),
            tp("Owners community", JourneyPhase.USAGE, Channel.SOCIAL_MEDIA, 2),
            tp("Warranty claim", JourneyPhase.USAGE, Channel.WEB, 2),
            tp("Workshop repair", JourneyPhase.USAGE, Channel.STORE, 2),
            tp("Take-back in store", JourneyPhase.END_OF_LIFE, Channel.STORE, 1),
            tp("Resale marketplace", JourneyPhase.END_OF_LIFE, Channel.PARTNER, 1),
            tp("Recycling pick-up", JourneyPhase.END_OF_LIFE, Channel.DELIVERY, 1));

    /** The after-sales touchpoints where the authenticity story is mostly measured. */
    public static final Set<String> AFTER_SALES_DESK =
            Set.of("Customer service line", "Customer service chat", "Returns and exchanges", "Repair request");

    public static final CommitmentSpec AFTER_SALES_AUTHENTICITY = new CommitmentSpec(
            AFTER_SALES_VARIABLE,
            Optional.of(JourneyPhase.AFTER_PURCHASE),
            List.of(),
            AUTHENTICITY,
            75,
            "After the sale, someone who knows our products answers you, in person");
    public static final CommitmentSpec DELIVERY_MOMENT = new CommitmentSpec(
            DELIVERY_VARIABLE,
            Optional.empty(),
            List.of(HOME_DELIVERY),
            CONVIVIALITY,
            72,
            "Our own crew delivers, carries in and unpacks, with a smile and no hurry");
    public static final CommitmentSpec ONE_MINUTE_PAYMENT = new CommitmentSpec(
            PAYMENT_VARIABLE,
            Optional.empty(),
            List.of(ONLINE_PAYMENT),
            SIMPLICITY,
            80,
            "Paying online takes less than a minute, without creating an account");

    /** The central commitments: one on each of the twelve variables, then the narrower ones. */
    public static final List<CommitmentSpec> COMMITMENTS = List.of(
            wide(ACCESS_USEFUL, SIMPLICITY, 70, "What you look for is found in three clicks or one aisle"),
            wide(ACCESS_EASY, SIMPLICITY, 74, "Opening hours, stock and prices are clear wherever you look"),
            wide(ACCESS_PLEASANT, CONVIVIALITY, 70, "You are welcome, whether you buy or not"),
            wide(USE_USEFUL, AUTHENTICITY, 72, "Every product says where and by whom it was made"),
            wide(USE_EASY, SIMPLICITY, 72, "Every product is easy to assemble, use and care for"),
            wide(USE_PLEASANT, CONVIVIALITY, 68, "Our products make home a place to gather"),
            wide(CUSTOMER_RELATIONSHIP_USEFUL, AUTHENTICITY, 70, "Advice is honest, even when it means not selling"),
            wide(CUSTOMER_RELATIONSHIP_EASY, SIMPLICITY, 72, "One contact settles your request"),
            wide(CUSTOMER_RELATIONSHIP_PLEASANT, CONVIVIALITY, 70, "We speak to you as to a neighbour"),
            wide(SHARING_USEFUL, AUTHENTICITY, 65, "Reviews are published as written, good or bad"),
            wide(SHARING_EASY, SIMPLICITY, 64, "Reselling or giving away one of our products takes one step"),
            wide(SHARING_PLEASANT, CONVIVIALITY, 66, "The owners community is a friendly place"),
            AFTER_SALES_AUTHENTICITY,
            DELIVERY_MOMENT,
            ONE_MINUTE_PAYMENT,
            new CommitmentSpec(
                    ACCESS_EASY,
                    Optional.of(JourneyPhase.PURCHASE),
                    List.of(),
                    SIMPLICITY,
                    78,
                    "Checking out never takes longer than choosing"));

    /** The 45–54 are promised more in after-sales: a named advisor calling back. */
    public static final double AFTER_SALES_TARGET_45_54 = 80;

    public static final String AFTER_SALES_WORDING_25_34 =
            "After the sale, a chat answered by people who use our products";
    public static final String AFTER_SALES_WORDING_45_54 =
            "After the sale, a named advisor who knows our products calls you back the same day";

    public static final CommitmentSpec GIFT_WRAPPING = new CommitmentSpec(
            USE_PLEASANT,
            Optional.empty(),
            List.of("Gift wrapping"),
            CONVIVIALITY,
            85,
            "Wrapped by hand, with a handwritten card");
    public static final CommitmentSpec REPAIR_SLOT = new CommitmentSpec(
            CUSTOMER_RELATIONSHIP_EASY,
            Optional.empty(),
            List.of("Repair request", "Workshop repair"),
            SIMPLICITY,
            85,
            "A repair slot within 48 hours, booked in one contact");

    private DemoBrand() {}

    private static TouchpointSpec tp(String name, JourneyPhase phase, Channel channel, int weight) {
        return new TouchpointSpec(name, phase, channel, weight);
    }

    private static CommitmentSpec wide(ExperienceVariable variable, String value, double level, String wording) {
        return new CommitmentSpec(variable, Optional.empty(), List.of(), value, level, wording);
    }

    public record ValueSpec(String name, String description) {}

    public record SegmentSpec(String name, SegmentKind kind, String description) {}

    public record TouchpointSpec(String name, JourneyPhase phase, Channel channel, int weight) {}

    /**
     * A commitment: on {@code variable}, everywhere, or in {@code phase}, or at the {@code touchpoints}
     * named; embodying the brand value named {@code value}.
     */
    public record CommitmentSpec(
            ExperienceVariable variable,
            Optional<JourneyPhase> phase,
            List<String> touchpoints,
            String value,
            double level,
            String wording) {}
}
