package mx.michangarrito.cloud.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Json;

/**
 * The owners' reports over what the shop's terminals pushed: sales by day, by hour, per terminal, per
 * cashier, top products, stock levels, fiados owed and the cortes de caja. Owners and managers read them
 * with their access token; each runs in one transaction of their shop under row-level security. Periods
 * are {@code from} and {@code to} dates (both included, at most 366 days) in the shop's time zone.
 */
public final class ReportService implements HttpService {

    static final int MAX_DAYS = 366;
    static final int MAX_TOP = 100;

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final ReportRepository reports = new ReportRepository();

    public ReportService(Endpoints endpoints, Database database, Authenticator auth) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .get("/v1/reports/sales/daily", (req, res) -> period(req, res,
                        (tx, p) -> reports.byDay(tx, p.start(), p.end(), p.zone())))
                .get("/v1/reports/sales/hourly", (req, res) -> period(req, res,
                        (tx, p) -> reports.byHour(tx, p.start(), p.end(), p.zone())))
                .get("/v1/reports/sales/terminals", (req, res) -> period(req, res,
                        (tx, p) -> reports.byTerminal(tx, p.start(), p.end())))
                .get("/v1/reports/sales/cashiers", (req, res) -> period(req, res,
                        (tx, p) -> reports.byCashier(tx, p.start(), p.end())))
                .get("/v1/reports/products/top", (req, res) -> {
                    int limit = limit(req);
                    period(req, res, (tx, p) -> reports.topProducts(tx, p.start(), p.end(), limit));
                })
                .get("/v1/reports/cortes", (req, res) -> period(req, res,
                        (tx, p) -> reports.cortes(tx, p.start(), p.end())))
                .get("/v1/reports/stock", (req, res) -> now(req, res, reports::stock))
                .get("/v1/reports/fiados", (req, res) -> now(req, res, reports::fiadosOwed));
    }

    /** A period in the shop's calendar and the instants it spans: [start, end). */
    private record Period(LocalDate from, LocalDate to, ZoneId zone, Instant start, Instant end) {
    }

    private interface PeriodQuery<T> {
        List<T> rows(Tx tx, Period period);
    }

    private interface NowQuery<T> {
        List<T> rows(Tx tx);
    }

    private <T> void period(ServerRequest request, ServerResponse response, PeriodQuery<T> query) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        LocalDate from = date(request, "from");
        LocalDate to = date(request, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.badRequest("report.period", MAX_DAYS);
        }
        Rows.Report<T> report = database.inTenant(user.tenantId(), tx -> {
            ZoneId zone = reports.zone(tx);
            Period p = new Period(from, to, zone, from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant());
            return new Rows.Report<>(from, to, zone.getId(), query.rows(tx, p));
        });
        Json.send(response, Status.OK_200, report);
    }

    private <T> void now(ServerRequest request, ServerResponse response, NowQuery<T> query) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        Rows.Report<T> report = database.inTenant(user.tenantId(),
                tx -> new Rows.Report<>(null, null, reports.zone(tx).getId(), query.rows(tx)));
        Json.send(response, Status.OK_200, report);
    }

    private static LocalDate date(ServerRequest request, String name) {
        Optional<String> value = request.query().first(name).asOptional();
        if (value.isEmpty() || value.get().isBlank()) {
            throw ApiException.badRequest("field.required", name);
        }
        try {
            return LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("report.date", name);
        }
    }

    private static int limit(ServerRequest request) {
        Optional<String> value = request.query().first("limit").asOptional();
        if (value.isEmpty()) {
            return 10;
        }
        try {
            int limit = Integer.parseInt(value.get().strip());
            if (limit >= 1 && limit <= MAX_TOP) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("report.limit", MAX_TOP);
    }
}
