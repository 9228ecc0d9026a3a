package com.gaplens.adapters.mongo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.adapters.mongo.sharding.ShardKeys;
import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.ShardKeyViolations;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;

/** The tenant door refuses, before anything reaches the server, every read or write that would cross tenants. */
class TenantScopeIT {

    @Document("notes")
    record Note(@Id String id, String tenant, String text) implements TenantOwned {}

    static {
        // the fixture's own collection, checked like the application's small tenant-owned ones
        ShardKeyViolations.fixture(new ShardKeys.Sharded(
                "notes", List.of(new ShardKeys.KeyField("tenant", false)), "a test fixture of TenantScopeIT"));
    }

    @RegisterExtension
    final FreshMongoDatabase database = new FreshMongoDatabase(TestMongoServer.EMBEDDED);

    private TenantScope<Note> acme;

    @BeforeEach
    void twoTenantsWithANoteEach() {
        TenantScopedMongo mongo = database.openTenantScoped();
        acme = mongo.of(new TenantId("acme"), Note.class);
        acme.insert(new Note("n1", "acme", "ours"));
        mongo.of(new TenantId("globex"), Note.class).insert(new Note("n2", "globex", "theirs"));
    }

    @Test
    void aScopeReadsOnlyItsTenantsDocumentsEvenById() {
        assertThat(acme.find(acme.where(), Sort.by("_id"), 10))
                .extracting(Note::text)
                .containsExactly("ours");
        assertThat(acme.findById("n2")).isEmpty();
        assertThat(acme.count(acme.where())).isEqualTo(1);
    }

    @Test
    void criteriaThatDoNotStartFromTheTenantAreRefused() {
        assertThatThrownBy(() -> acme.find(Criteria.where("text").is("theirs"), Sort.by("_id"), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> acme.count(Criteria.where("tenant").is("globex")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentOfAnotherTenantCannotBeWrittenThroughTheScope() {
        assertThatThrownBy(() -> acme.insert(new Note("n3", "globex", "planted")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> acme.replaceIfVersion("n2", "version", 0, new Note("n2", "globex", "changed")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(acme.count(acme.where())).isEqualTo(1);
    }
}
