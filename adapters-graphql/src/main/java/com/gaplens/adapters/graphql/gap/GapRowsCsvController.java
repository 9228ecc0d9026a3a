package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.security.ForbiddenException;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.QueryGapsUseCase;
import com.gaplens.application.port.in.QueryGapsUseCase.GapsQuery;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.tenant.TenantId;
import graphql.GraphQLError;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BI rows as CSV (RFC 4180, UTF-8, header row) over a plain GET, for Power BI, Excel and Tableau "from web":
 * the filters of {@code biGapRows} as query parameters (lists comma-separated), authenticated by the same API keys
 * ({@code Authorization: Bearer <key>}, or Basic with the key as password). Rows are written as the store streams
 * the groups, so memory stays flat whatever the size of the export.
 *
 * <p>Every refusal is one JSON object, {@code {"code","reason","field","message"}} ({@code field} when a parameter
 * is to blame, named as in the URL: {@link GapRowsCsvParameter}). A parameter the export does not know is refused
 * ({@code UNKNOWN_PARAMETER}) rather than ignored: a misspelt filter ({@code brandId=…}) would otherwise answer every
 * brand's rows, and a BI report built on them would be silently wrong.
 */
@RestController
class GapRowsCsvController {

    private static final Logger LOG = LoggerFactory.getLogger(GapRowsCsvController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPERATION = "GET /bi/gap-rows.csv";

    private final QueryGapsUseCase gaps;
    private final PersistenceExceptionTranslator translator;

    GapRowsCsvController(QueryGapsUseCase gaps, ObjectProvider<PersistenceExceptionTranslator> translators) {
        this.gaps = gaps;
        this.translator = translators.getIfUnique();
    }

    @GetMapping(value = "/bi/gap-rows.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> gapRows(@RequestParam MultiValueMap<String, String> given) {
        TenantId tenant = CurrentCaller.require(Role.READER, OPERATION).tenant();
        GapRowsCsvRequest request = GapRowsCsvRequest.read(given);
        GapsQuery query = GapController.query(
                tenant,
                request.filter(),
                request.groupBy(),
                request.bucket(),
                GapOrder.BY_KEYS,
                PageRequest.MAX_SIZE,
                null);
        // The first group is read here, before anything is sent: a database too slow or down is answered as a typed
        // JSON error (504 TIMEOUT, 503 UNAVAILABLE) rather than a broken CSV.
        Stream<GapCell> cells = gaps.allGaps(query);
        Iterator<GapCell> rows;
        try {
            rows = cells.iterator();
            rows.hasNext();
        } catch (RuntimeException failure) {
            cells.close();
            Optional<GraphQLError> database = Refusals.database(failure, translator);
            if (database.isEmpty()) {
                throw failure;
            }
            throw new RefusedByDatabase(database.get());
        }
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(
                            writer,
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader(BiGapRow.COLUMNS.toArray(String[]::new))
                                    .get());
                    cells) {
                long written = 0;
                try {
                    while (rows.hasNext()) {
                        csv.printRecord(BiGapRow.of(rows.next()).values());
                        written++;
                    }
                } catch (RuntimeException failure) {
                    // the status line is sent: the export ends here, cleanly, and the operator is told in one line
                    Optional<GraphQLError> database = Refusals.database(failure, translator);
                    if (database.isEmpty()) {
                        throw failure;
                    }
                    LOG.warn(
                            "CSV export of tenant {} cut short after {} rows: {}",
                            tenant,
                            written,
                            database.get().getExtensions().get("code"));
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"gap-rows.csv\"")
                .body(body);
    }

    /**
     * A parameter refused, here or by the filter's reading shared with {@code biGapRows}: the one place where the
     * failure's field, and the message quoting it, are turned into the URL parameter's name
     * ({@link GapRowsCsvParameter#urlField}).
     */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        Optional<String> field = e.field().flatMap(GapRowsCsvParameter::urlField);
        String message = e.field().isPresent() && field.isPresent()
                ? e.getMessage().replace(e.field().get(), field.get())
                : e.getMessage();
        return refusal(status, e.kind().name(), e.reason(), field, message);
    }

    /** A database too slow or unreachable before the first row: 504 {@code TIMEOUT} or 503 {@code UNAVAILABLE}. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<String> database(DataAccessException e) {
        return refusedByDatabase(Refusals.database(e, translator).orElseThrow(() -> e));
    }

    /** The first read failed on the database: answered by {@link #refusedByDatabase(RefusedByDatabase)}. */
    private static final class RefusedByDatabase extends RuntimeException {
        private final transient GraphQLError error;

        RefusedByDatabase(GraphQLError error) {
            super(String.valueOf(error.getExtensions().get("code")), null, false, false);
            this.error = error;
        }
    }

    @ExceptionHandler(RefusedByDatabase.class)
    ResponseEntity<String> refusedByDatabase(RefusedByDatabase refused) {
        return refusedByDatabase(refused.error);
    }

    private static ResponseEntity<String> refusedByDatabase(GraphQLError error) {
        boolean timeout = Refusals.TIMEOUT.equals(error.getExtensions().get("code"));
        LOG.warn("CSV export refused: {}", error.getExtensions().get("code"));
        return refusal(
                timeout ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE,
                String.valueOf(error.getExtensions().get("code")),
                String.valueOf(error.getExtensions().get("reason")),
                Optional.empty(),
                error.getMessage(),
                error.getExtensions().get("retryAfterSeconds") instanceof Number seconds
                        ? Optional.of(seconds.longValue())
                        : Optional.empty());
    }

    /** A key without the READER role: 403 {@code FORBIDDEN} / {@code ROLE_REQUIRED}, as GraphQL refuses a field. */
    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e) {
        return refusal(HttpStatus.FORBIDDEN, "FORBIDDEN", e.reason(), Optional.empty(), e.getMessage());
    }

    /** The JSON body of every refusal of the export: {@code code}, {@code reason}, {@code field} if any, message. */
    private static ResponseEntity<String> refusal(
            HttpStatus status, String code, String reason, Optional<String> field, String message) {
        return refusal(status, code, reason, field, message, Optional.empty());
    }

    /** The same, with {@code retryAfterSeconds} and a {@code Retry-After} header when the client should retry. */
    private static ResponseEntity<String> refusal(
            HttpStatus status,
            String code,
            String reason,
            Optional<String> field,
            String message,
            Optional<Long> retryAfterSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("reason", reason);
        field.ifPresent(f -> body.put("field", f));
        body.put("message", message);
        retryAfterSeconds.ifPresent(seconds -> body.put("retryAfterSeconds", seconds));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        retryAfterSeconds.ifPresent(seconds -> answer.header("Retry-After", String.valueOf(seconds)));
        return answer.body(JSON.writeValueAsString(body));
    }

    /** 400 {@code VALIDATION} on the name: unknown (with every name the export takes), or repeated. */
    @ExceptionHandler(GapRowsCsvRequest.RefusedName.class)
    ResponseEntity<String> refusedName(GapRowsCsvRequest.RefusedName refused) {
        return refusal(
                HttpStatus.BAD_REQUEST,
                "VALIDATION",
                refused.reason(),
                Optional.of(refused.name()),
                refused.getMessage());
    }
}
