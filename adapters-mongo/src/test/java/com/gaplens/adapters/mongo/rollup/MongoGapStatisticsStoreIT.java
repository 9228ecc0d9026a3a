package com.gaplens.adapters.mongo.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.measurement.MongoMeasurementRepository;
import com.gaplens.adapters.mongo.support.CommandLog;
import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.contract.rollup.GapStatisticsStoreContract;
import com.gaplens.application.port.out.contract.rollup.RollupSamples;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.service.RollupWriter;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link GapStatisticsStoreContract} on the embedded server and on a real MongoDB, plus what only a real
 * MongoDB shows: how it runs a page in key order.
 */
class MongoGapStatisticsStoreIT {

    @Nested
    class OnTheEmbeddedServer extends OnServer {
        OnTheEmbeddedServer() {
            super(TestMongoServer.EMBEDDED);
        }
    }

    @Nested
    class OnARealMongoDb extends OnServer {
        OnARealMongoDb() {
            super(TestMongoServer.REAL);
        }

        /** The first groups in a cube's key order are read from its index: no SORT stage, only those cells fetched. */
        @Test
        void aPageInTheKeyOrderOfACubeIsReadFromItsIndexWithoutSortingItsCells() {
            TenantScopedMongo mongo = new TenantScopedMongo(template);
            MongoMeasurementRepository measurements = new MongoMeasurementRepository(mongo);
            MongoRollupCells cells = new MongoRollupCells(mongo, Clock.systemUTC());
            MongoRollupJournal journal = new MongoRollupJournal(mongo);
            RollupWriter writer = new RollupWriter(
                    journal, cells, measurements, new FixedClock(Instant.parse("2026-03-01T00:00:00Z")));
            TenantId tenant = new TenantId("acme");
            writer.insert(tenant, RollupSamples.batch(tenant, "k-", 400));
            writer.foldAll(tenant);
            List<BsonDocument> commands = CommandLog.listen(database.name());
            GapFilter ofA = GapFilter.everything()
                    .with(GapDimension.BRAND, Set.of("brand-a"))
                    .during(new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28")));
            CellGrouping grouping = CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE)
                    .per(TimeBucket.MONTH);

            try (Stream<GroupedCell> groups = new MongoGapStatisticsStore(mongo)
                    .queryInKeyOrder(tenant, ofA, grouping, Optional.empty(), false)) {
                assertThat(groups.limit(3).count()).isEqualTo(3);
            }

            BsonDocument find = commands.stream()
                    .filter(command -> command.containsKey("find"))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            Document asked = new Document("find", find.getString("find").getValue());
            for (String part : List.of("filter", "projection", "sort", "limit")) {
                asked.append(part, find.get(part));
            }
            Document explained =
                    template.getDb().runCommand(new Document("explain", asked).append("verbosity", "executionStats"));
            String plan = explained
                    .get("queryPlanner", Document.class)
                    .get("winningPlan", Document.class)
                    .toJson();
            Document execution = explained.get("executionStats", Document.class);
            assertThat(plan)
                    .contains("\"indexName\": \"rollup_cells_tenant_touchpoint_variable_in_key_order\"")
                    .doesNotContain("\"stage\": \"SORT\"");
            assertThat(execution.getInteger("totalDocsExamined")).isEqualTo(execution.getInteger("nReturned"));
        }
    }

    abstract static class OnServer extends GapStatisticsStoreContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        MongoTemplate template;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected Ports ports() {
            template = database.open();
            TenantScopedMongo mongo = new TenantScopedMongo(template);
            MongoMeasurementRepository measurements = new MongoMeasurementRepository(mongo);
            MongoRollupCells cells = new MongoRollupCells(mongo, Clock.systemUTC());
            MongoRollupJournal journal = new MongoRollupJournal(mongo);
            measurements.ensureIndexes();
            cells.ensureIndexes();
            journal.ensureIndexes();
            // tiny first chunks: groups straddle the chunks of a sorted read
            return new Ports(measurements, journal, cells, new MongoGapStatisticsStore(mongo, 2));
        }

        @Override
        protected int crashPointStride() {
            return 7;
        }
    }
}
