package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.PromiseFixture.FEB_1;
import static com.gaplens.domain.testdata.PromiseFixture.PUBLISHED_AT;
import static com.gaplens.domain.testdata.PromiseFixture.draftedVariant;
import static com.gaplens.domain.testdata.PromiseFixture.publishedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.publishedVariant;
import static com.gaplens.domain.testdata.PromiseFixture.references;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.testdata.SequentialCommitmentIds;
import com.gaplens.domain.testdata.TestIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentWordingsTest {

    private static final CommitmentId C1 = TestIds.commitment("c-1");
    private static final CommitmentId A1 = TestIds.commitment("a-1");

    private final TargetExperience target = publishedTarget(aCommitment()
            .on(ExperienceVariable.ACCESS_EASY)
            .worded("Easy to reach")
            .draft());

    @Test
    void aCommitmentAddedByAPublishedVariantIsWordedLikeACentralOne() {
        SegmentVariant variant = publishedVariant(target, adding("Gift wrapping in a minute"), FEB_1);

        CommitmentWordings wordings = CommitmentWordings.of(target, List.of(variant));

        assertThat(wordings.of(C1)).contains(Wording.of("Easy to reach"));
        assertThat(wordings.of(A1)).contains(Wording.of("Gift wrapping in a minute"));
    }

    @Test
    void withoutItsVariantsAnAddedCommitmentHasNoWording() {
        publishedVariant(target, adding("Gift wrapping in a minute"), FEB_1);

        assertThat(CommitmentWordings.of(target, List.of()).of(A1)).isEmpty();
    }

    @Test
    void anAdditionNoVersionPublishedYetTakesItsDraftsWording() {
        SegmentVariant variant = draftedVariant(target, adding("Gift wrapping in a minute"));

        assertThat(CommitmentWordings.of(target, List.of(variant)).of(A1))
                .contains(Wording.of("Gift wrapping in a minute"));
    }

    @Test
    void theLatestPublishedVersionWordsACommitmentNotAnUnpublishedDraft() {
        target.reviseDraft(
                List.of(aCommitment()
                        .withId("c-1")
                        .on(ExperienceVariable.ACCESS_EASY)
                        .worded("Reached in two clicks")
                        .draft()),
                SequentialCommitmentIds.central(),
                references());

        assertThat(CommitmentWordings.of(target, List.of()).of(C1)).contains(Wording.of("Easy to reach"));

        target.publish(FEB_1, PUBLISHED_AT, references());

        assertThat(CommitmentWordings.of(target, List.of()).of(C1)).contains(Wording.of("Reached in two clicks"));
    }

    @Test
    void aCommitmentNoPromiseNamedHasNoWording() {
        assertThat(CommitmentWordings.of(target, List.of()).of(TestIds.commitment("c-9")))
                .isEmpty();
        assertThat(CommitmentWordings.none().of(C1)).isEmpty();
    }

    private static VariantDraft adding(String wording) {
        return new VariantDraft(
                List.of(),
                List.of(aCommitment()
                        .on(ExperienceVariable.SHARING_PLEASANT)
                        .worded(wording)
                        .draft()),
                List.of());
    }
}
