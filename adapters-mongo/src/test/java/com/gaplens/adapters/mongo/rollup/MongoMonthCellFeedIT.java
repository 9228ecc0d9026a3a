package com.gaplens.adapters.mongo.rollup;

import com.gaplens.adapters.mongo.measurement.MongoMeasurementRepository;
import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.contract.MonthCellFeedContract;
import com.gaplens.application.service.RollupWriter;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@link MonthCellFeedContract} on {@link MongoMonthCellFeed}, measurements recorded and judged anew through the
 * {@link RollupWriter} over the Mongo roll-ups, on the embedded server and on a real MongoDB.
 */
class MongoMonthCellFeedIT {

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
    }

    abstract static class OnServer extends MonthCellFeedContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        private MongoMeasurementRepository measurements;
        private RollupWriter writer;
        private MongoMonthCellFeed feed;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected MonthCellFeed feed() {
            TenantScopedMongo mongo = database.openTenantScoped();
            measurements = new MongoMeasurementRepository(mongo);
            measurements.ensureIndexes();
            MongoRollupCells cells = new MongoRollupCells(mongo, Clock.systemUTC());
            cells.ensureIndexes();
            MongoRollupJournal journal = new MongoRollupJournal(mongo);
            journal.ensureIndexes();
            writer = new RollupWriter(journal, cells, measurements, Instant::now);
            feed = new MongoMonthCellFeed(mongo);
            return feed;
        }

        @Override
        protected void record(TenantId tenant, List<RecordedMeasurement> recorded) {
            writer.insert(tenant, recorded);
            writer.foldAll(tenant); // as the folder does, soon after the call
        }

        @Override
        protected void rejudge(TenantId tenant, Map<ExternalId, Judgement> judgements) {
            measurements.markForRejudgement(tenant, judgements.keySet());
            writer.move(
                    tenant,
                    measurements.awaitingJudgement(tenant, 100_000).stream()
                            .filter(a -> judgements.containsKey(a.measurement().externalId()))
                            .map(a -> new Rejudged(
                                    a, judgements.get(a.measurement().externalId())))
                            .toList());
        }

        /** Milliseconds, as MongoDB keeps instants. */
        @Override
        protected Instant now() {
            return Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        protected void letTimePass() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
