package com.gaplens.adapters.graphql.model;

import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.PerceptionDimension;
import java.util.Arrays;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves the experience model: reference data every client needs to speak GapLens's language. */
@Controller
class ExperienceModelController {

    record VariableView(
            ExperienceVariable code,
            InteractionFamily family,
            PerceptionDimension dimension,
            boolean measuresFluidity) {}

    record ExperienceModelView(
            List<VariableView> variables,
            List<InteractionFamily> families,
            List<PerceptionDimension> dimensions,
            List<JourneyPhase> journeyPhases,
            List<Channel> channels) {}

    private static final ExperienceModelView MODEL = new ExperienceModelView(
            Arrays.stream(ExperienceVariable.values())
                    .map(v -> new VariableView(
                            v, v.family(), v.dimension(), v.dimension().measuresFluidity()))
                    .toList(),
            List.of(InteractionFamily.values()),
            List.of(PerceptionDimension.values()),
            List.of(JourneyPhase.values()),
            List.of(Channel.values()));

    @QueryMapping
    ExperienceModelView experienceModel() {
        return MODEL;
    }
}
