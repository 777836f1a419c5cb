package org.folio.access.circulation.fulfilment;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.groups.GroupLoanRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.loans.LoanRow;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentFormat;
import org.folio.access.rest.model.EcontentFulfillment;

/**
 * Fulfilment links: a signed token valid 15 minutes for the owner of an open loan or a borrower of an unexpired
 * group loan (the group's members or its one patron), and following it: verify -> refuseWhenExpired ->
 * refuseWhenLoanEnded (or the group loan expired) -> the content's proxied URL.
 */
public final class FulfillmentService {
  static final long VALID_SECONDS = 15 * 60;
  private final Db db;
  private final LoanRepository loans;
  private final LendableRepository lendables;
  private final LendingSources sources;
  private final FulfillmentSecrets secrets;
  private final LendingRelay relay;
  private final GroupLoanRepository groupLoans;

  public FulfillmentService(Db db, LoanRepository loans, LendableRepository lendables, LendingSources sources,
      FulfillmentSecrets secrets, LendingRelay relay, GroupLoanRepository groupLoans) {
    this.db = db;
    this.groupLoans = groupLoans;
    this.loans = loans;
    this.lendables = lendables;
    this.sources = sources;
    this.secrets = secrets;
    this.relay = relay;
  }

  /** A link for the caller's open loan; `gatewayUrl` (X-Okapi-Url) makes it absolute, through the gateway. */
  public Future<EcontentFulfillment> link(String tenant, Caller caller, String loanId, String formatType, String gatewayUrl) {
    UUID id = Ids.uuid(loanId);
    return caller.self()
        .compose(patron -> ownOpenLoan(tenant, patron, id, loanId))
        .compose(loan -> lendables.find(db.pool(), tenant, loan.resourceId())
            .map(lendable -> new OwnLoan(loan, lendable.orElseThrow())))
        .compose(own -> relay.relays(own.lendable()) ? relay.fulfil(tenant, own.lendable(), id, own.loan().patronId())
            : local(tenant, own.lendable(), new Signed(id, false), formatType, gatewayUrl));
  }

  /**
   * A link for a group loan the caller borrows (as its patron or a member of its group): 404 when the caller does
   * not, 409 GROUP_LOAN_EXPIRED once it has expired; only for content the library lends itself.
   */
  public Future<EcontentFulfillment> groupLink(String tenant, Caller caller, String groupLoanId, String formatType,
      String gatewayUrl) {
    UUID id = Ids.uuid(groupLoanId);
    return caller.self()
        .compose(patron -> id == null ? Future.succeededFuture(Optional.<GroupLoanRepository.Lent>empty())
            : groupLoans.lentTo(db.pool(), tenant, id, patron))
        .compose(lent -> lent.isEmpty() ? Future.failedFuture(ApiError.notFound("No group loan " + groupLoanId + " of the caller"))
            : lent.get().current() ? lendables.find(db.pool(), tenant, lent.get().resourceId())
            : Future.failedFuture(groupLoanExpired(409)))
        .compose(lendable -> lendable.isEmpty() || relay.relays(lendable.get())
            ? Future.failedFuture(ApiError.refused("NOT_LOCAL_CONTENT", "Only content the library lends itself has group links"))
            : local(tenant, lendable.get(), new Signed(id, true), formatType, gatewayUrl));
  }

  /** What a link is signed for: a loan, or a group loan. */
  private record Signed(UUID id, boolean group) {}

  private static ApiError groupLoanExpired(int status) {
    return new ApiError(status, "GROUP_LOAN_EXPIRED", "The group loan has expired", java.util.List.of());
  }

  /** An open loan of the caller's and its lendable. */
  private record OwnLoan(LoanRow loan, Lendable lendable) {}

  private Future<EcontentFulfillment> local(String tenant, Lendable lendable, Signed signed, String formatType, String gatewayUrl) {
    return format(lendable, formatType)
        .compose(format -> sources.of(lendable).contentUrl(tenant, lendable, signed.id())
            .compose(url -> url.isPresent() ? secrets.secret(db.pool(), tenant)
                : Future.failedFuture(ApiError.refused("NO_ACCESS_URL", "The resource has no access URL to deliver")))
            .map(secret -> {
              long expires = Instant.now().plus(VALID_SECONDS, ChronoUnit.SECONDS).getEpochSecond();
              String token = FulfillmentTokens.sign(new FulfillmentTokens.Claims(tenant, signed.id(), expires, signed.group()), secret);
              String path = "/econtent/fulfillment/" + token;
              String url = gatewayUrl == null ? path : gatewayUrl.replaceAll("/+$", "") + "/_/invoke/tenant/" + tenant + path;
              return new EcontentFulfillment().withUrl(url).withExpiresAt(Instant.ofEpochSecond(expires).toString())
                  .withFormat(format.getType()).withDrm(EcontentFulfillment.Drm.fromValue(format.getDrm().value()));
            }));
  }

  private Future<LoanRow> ownOpenLoan(String tenant, UUID patron, UUID id, String loanId) {
    if (id == null) {
      return Future.failedFuture(CirculationErrors.loanNotFound(loanId));
    }
    return loans.find(db.pool(), tenant, id).compose(found -> {
      if (found.isEmpty() || !patron.equals(found.get().loan().patronId())) {
        return Future.failedFuture(CirculationErrors.loanNotFound(loanId));
      }
      return found.get().loan().open() ? Future.succeededFuture(found.get().loan())
          : Future.failedFuture(CirculationErrors.loanNotOpen(loanId));
    });
  }

  private static Future<EcontentFormat> format(Lendable lendable, String type) {
    if (type == null) {
      return Future.succeededFuture(lendable.formats().get(0));
    }
    return lendable.formats().stream().filter(f -> f.getType().equals(type)).findFirst()
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(ApiError.badRequest("UNKNOWN_FORMAT",
            "The lendable has no format " + type, "format", type)));
  }

  /** A verified, unexpired link of an open loan: which tenant, loan and lendable. */
  public record FollowedLink(String tenant, UUID loanId, String resourceId) {}

  /** Where a fulfilment link leads; headerTenant (if the gateway sent one) must be the token's. */
  public Future<String> follow(String token, String headerTenant) {
    return verify(token, headerTenant).compose(this::contentUrl);
  }

  /** Checks the link: signature (403), expiry and an open loan (410). */
  public Future<FollowedLink> verify(String token, String headerTenant) {
    FulfillmentTokens.Claims claims = FulfillmentTokens.read(token);
    if (claims == null || headerTenant != null && !headerTenant.equals(claims.tenant())) {
      return Future.failedFuture(tampered());
    }
    return secrets.secret(db.pool(), claims.tenant())
        .recover(e -> Future.failedFuture(tampered()))
        .compose(secret -> {
          if (!FulfillmentTokens.verify(token, secret)) {
            return Future.failedFuture(tampered());
          }
          if (Instant.now().getEpochSecond() >= claims.expiresEpochSecond()) {
            return Future.failedFuture(ApiError.gone("FULFILLMENT_LINK_EXPIRED", "The fulfilment link has expired; ask for a new one"));
          }
          return claims.group() ? currentGroupLoan(claims.tenant(), claims.loanId()) : openLoan(claims.tenant(), claims.loanId());
        });
  }

  private Future<FollowedLink> currentGroupLoan(String tenant, UUID groupLoanId) {
    return groupLoans.lentTo(db.pool(), tenant, groupLoanId, null).compose(found -> found.isPresent() && found.get().current()
        ? Future.succeededFuture(new FollowedLink(tenant, groupLoanId, found.get().resourceId()))
        : Future.failedFuture(groupLoanExpired(410)));
  }

  private Future<FollowedLink> openLoan(String tenant, UUID loanId) {
    return loans.find(db.pool(), tenant, loanId).compose(found -> {
      if (found.isEmpty() || !found.get().loan().open()) {
        return Future.failedFuture(ApiError.gone("LOAN_NOT_OPEN", "The loan has ended"));
      }
      return Future.succeededFuture(new FollowedLink(tenant, loanId, found.get().loan().resourceId()));
    });
  }

  /** The content's proxied URL, for content that lives elsewhere. */
  public Future<String> contentUrl(FollowedLink link) {
    return lendables.find(db.pool(), link.tenant(), link.resourceId())
        .compose(lendable -> sources.of(lendable.orElseThrow()).contentUrl(link.tenant(), lendable.get(), link.loanId()))
        .compose(url -> url.isPresent() ? Future.succeededFuture(url.get())
            : Future.failedFuture(ApiError.gone("NO_ACCESS_URL", "The content is no longer there")));
  }

  private static ApiError tampered() {
    return ApiError.forbidden("INVALID_FULFILLMENT_TOKEN", "The fulfilment link is not valid");
  }
}
