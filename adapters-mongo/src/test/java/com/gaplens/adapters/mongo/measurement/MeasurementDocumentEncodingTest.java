package com.gaplens.adapters.mongo.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import com.mongodb.MongoClientSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Measurements are inserted through the driver's record codec and read through Spring Data: the driver must store
 * exactly the fields, names and BSON types Spring Data maps (all but its {@code _class} hint, which reading a
 * declared type does without), and Spring Data must read back what was stored.
 */
class MeasurementDocumentEncodingTest {

    private static final CodecRegistry DRIVER = MongoClientSettings.getDefaultCodecRegistry();
    private static final TenantId TENANT = new TenantId("t-1");

    private final MappingMongoConverter spring = springConverter();

    @ParameterizedTest
    @ValueSource(strings = {"single", "aggregate"})
    void theDriverStoresAMeasurementAsSpringDataMapsIt(String kind) {
        MeasurementDocument document = MeasurementDocument.from(measurement(kind), "tok-1");

        BsonDocument byDriver = encodedByDriver(document);
        Document bySpring = new Document();
        spring.write(document, bySpring);
        bySpring.remove("_class");

        assertThat(byDriver).isEqualTo(bySpring.toBsonDocument(BsonDocument.class, DRIVER));
        assertThat(byDriver.keySet()).doesNotContainNull().contains("_id", "tenant", "externalId", "observedAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "aggregate"})
    void springDataReadsBackWhatTheDriverStored(String kind) {
        MeasurementDocument document = MeasurementDocument.from(measurement(kind), "tok-1");
        Document stored = DRIVER.get(Document.class)
                .decode(
                        encodedByDriver(document).asBsonReader(),
                        DecoderContext.builder().build());

        MeasurementDocument read = spring.read(MeasurementDocument.class, stored);

        assertThat(read).isEqualTo(document);
        assertThat(read.toRecorded()).isEqualTo(measurement(kind));
    }

    /** A single answer, unpromised, without segment; or an aggregate with every optional field, promised. */
    private static RecordedMeasurement measurement(String kind) {
        boolean single = kind.equals("single");
        return new RecordedMeasurement(
                new Measurement(
                        TENANT,
                        new ExternalId("m-" + kind),
                        new BrandId("b-1"),
                        new TouchpointId("tp-1"),
                        single ? ExperienceVariable.ACCESS_EASY : ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT,
                        single ? Optional.empty() : Optional.of(new SegmentId("s-1")),
                        single ? MeasurementMethod.OBSERVATION : MeasurementMethod.BAROMETER,
                        new ScaleCode(single ? "CSAT_5" : "NPS"),
                        single ? new Reading.Single(4) : new Reading.Aggregate(20, 120, OptionalDouble.of(30)),
                        Instant.parse("2026-03-14T09:26:53.589Z"),
                        single ? Optional.empty() : Optional.of(new EmotionReading(Emotion.TRUST, 0.25)),
                        single ? Optional.empty() : Optional.of("wave 12"),
                        single ? Audience.CUSTOMER : Audience.EMPLOYEE),
                single ? new NormalisedReading(1, 75, 0) : new NormalisedReading(120, 60, 15),
                single ? JourneyPhase.PURCHASE : JourneyPhase.AFTER_PURCHASE,
                single ? Channel.STORE : Channel.PHONE,
                Instant.parse("2026-03-14T10:00:00.123Z"),
                single
                        ? Judgement.UNPROMISED
                        : new Judgement.Promised(new CommitmentId("c-1"), new BrandValueId("v-1"), new Score(70)));
    }

    private static BsonDocument encodedByDriver(MeasurementDocument document) {
        BsonDocument encoded = new BsonDocument();
        DRIVER.get(MeasurementDocument.class)
                .encode(
                        new BsonDocumentWriter(encoded),
                        document,
                        EncoderContext.builder().build());
        return encoded;
    }

    private static MappingMongoConverter springConverter() {
        // as Spring Boot configures it: its default conversions (an Instant is a BSON date)
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
