package org.folio.access.circulation;

import java.time.Duration;
import java.util.List;
import org.folio.access.circulation.availability.AvailabilityResource;
import org.folio.access.circulation.availability.AvailabilityService;
import org.folio.access.circulation.availability.PatronActivityResource;
import org.folio.access.circulation.availability.PatronActivityService;
import org.folio.access.circulation.fulfilment.FulfillmentLinkResource;
import org.folio.access.circulation.fulfilment.FulfillmentSecrets;
import org.folio.access.circulation.fulfilment.FulfillmentService;
import org.folio.access.circulation.groups.AccessResource;
import org.folio.access.circulation.groups.AccessService;
import org.folio.access.circulation.groups.GroupLoanRepository;
import org.folio.access.circulation.groups.GroupLoanService;
import org.folio.access.circulation.groups.GroupLoansResource;
import org.folio.access.circulation.groups.GroupRepository;
import org.folio.access.circulation.groups.GroupService;
import org.folio.access.circulation.groups.GroupsResource;
import org.folio.access.circulation.holds.CopyHandOn;
import org.folio.access.circulation.hosted.HostedContent;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.holds.HoldService;
import org.folio.access.circulation.holds.HoldsResource;
import org.folio.access.circulation.lendables.EholdingsResources;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendableService;
import org.folio.access.circulation.lendables.LendablesResource;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSource;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.lendables.LocalLendingSource;
import org.folio.access.circulation.loans.CheckOutService;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.loans.LoanService;
import org.folio.access.circulation.loans.LoansResource;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.circulation.policy.LoanPolicyResource;
import org.folio.access.circulation.privacy.Anonymization;
import org.folio.access.circulation.statistics.StatisticsRepository;
import org.folio.access.circulation.statistics.StatisticsResource;
import org.folio.access.circulation.statistics.StatisticsService;
import org.folio.access.circulation.timers.LoanExpiry;
import org.folio.access.circulation.timers.ReservationExpiry;
import org.folio.access.circulation.timers.TimersResource;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.platform.tenant.TenantDataLoader;
import org.folio.access.rest.resource.EcontentAccessByResourceIdRoutes;
import org.folio.access.rest.resource.EcontentAvailabilityByResourceIdRoutes;
import org.folio.access.rest.resource.EcontentFulfillmentByTokenRoutes;
import org.folio.access.rest.resource.EcontentGroupLoansRoutes;
import org.folio.access.rest.resource.EcontentGroupsRoutes;
import org.folio.access.rest.resource.EcontentHoldsRoutes;
import org.folio.access.rest.resource.EcontentLendablesRoutes;
import org.folio.access.rest.resource.EcontentLoanPolicyRoutes;
import org.folio.access.rest.resource.EcontentLoansRoutes;
import org.folio.access.rest.resource.EcontentPatronsByPatronIdActivityRoutes;
import org.folio.access.rest.resource.EcontentStatisticsRoutes;
import org.folio.access.rest.resource.EcontentTimersAnonymizeRoutes;
import org.folio.access.rest.resource.EcontentTimersExpireLoansRoutes;
import org.folio.access.rest.resource.EcontentTimersExpireReservationsRoutes;

/** E-content circulation (interface econtent-circulation): lendables, loans, holds, fulfilment, group lending. */
public final class CirculationDomain implements Domain {
  static final Duration TIMER_INTERVAL = Duration.ofMinutes(1);
  private final FulfillmentSecrets secrets = new FulfillmentSecrets();
  private final LendableService lendableService;
  private final LoanPolicyResource policyResource;
  private final CheckOutService checkOut;
  private final LoanService loanService;
  private final HoldService holdService;
  private final FulfillmentService fulfilment;
  private final AvailabilityService availability;
  private final PatronActivityService activity;
  private final LoanExpiry loanExpiry;
  private final ReservationExpiry reservationExpiry;
  private final GroupService groupService;
  private final GroupLoanService groupLoanService;
  private final AccessService accessService;
  private final HostedContent hosted;
  private final Anonymization anonymization;
  private final StatisticsService statistics;

  public CirculationDomain(Platform platform) {
    this(platform, LendingRelay.NONE, List.of());
  }

  /** With an outside lender: its relay and the lending sources of its types (besides local). */
  public CirculationDomain(Platform platform, LendingRelay relay, List<LendingSource> outsideSources) {
    Db db = platform.db();
    LendableRepository lendables = new LendableRepository();
    LoanPolicyRepository policies = new LoanPolicyRepository();
    PatronRepository patrons = new PatronRepository();
    LoanRepository loans = new LoanRepository();
    HoldRepository holds = new HoldRepository();
    GroupRepository groups = new GroupRepository();
    GroupLoanRepository groupLoans = new GroupLoanRepository();
    EholdingsResources eholdings = new EholdingsResources();
    List<LendingSource> all = new java.util.ArrayList<>(outsideSources);
    all.add(new LocalLendingSource(db.pool(), eholdings));
    LendingSources sources = new LendingSources(all);
    CopyHandOn handOn = new CopyHandOn(lendables, holds, loans, policies, patrons, sources);
    lendableService = new LendableService(db, lendables, eholdings, handOn);
    policyResource = new LoanPolicyResource(db.pool(), policies);
    checkOut = new CheckOutService(db, lendables, policies, patrons, loans, holds, sources, relay);
    loanService = new LoanService(db, loans, lendables, policies, holds, handOn, sources, relay);
    holdService = new HoldService(db, lendables, policies, patrons, holds, loans, handOn, sources, relay);
    fulfilment = new FulfillmentService(db, loans, lendables, sources, secrets, relay, groupLoans);
    availability = new AvailabilityService(db, lendables, holds, loans, policies);
    activity = new PatronActivityService(db, loans, holds);
    loanExpiry = new LoanExpiry(db, loans, loanService);
    reservationExpiry = new ReservationExpiry(db, holds, holdService);
    groupService = new GroupService(db, groups, groupLoans);
    groupLoanService = new GroupLoanService(db, groupLoans, groups, lendables);
    accessService = new AccessService(db, lendables, loans, groupLoans);
    hosted = new HostedContent(platform, lendables, lendableService, loans);
    anonymization = new Anonymization(db, policies, loans, holds, groupLoans, platform.config().outboxRetentionDays());
    statistics = new StatisticsService(db, new StatisticsRepository());
  }

  @Override
  public void mount(RouteTable table) {
    EcontentLendablesRoutes.mount(table, new LendablesResource(lendableService));
    EcontentLoanPolicyRoutes.mount(table, policyResource);
    EcontentLoansRoutes.mount(table, new LoansResource(checkOut, loanService, fulfilment));
    EcontentHoldsRoutes.mount(table, new HoldsResource(holdService));
    EcontentAvailabilityByResourceIdRoutes.mount(table, new AvailabilityResource(availability));
    EcontentPatronsByPatronIdActivityRoutes.mount(table, new PatronActivityResource(activity));
    table.authenticatesItself("GET", "/econtent/fulfillment/{token}");
    EcontentFulfillmentByTokenRoutes.mount(table, new FulfillmentLinkResource(fulfilment, hosted.delivery()));
    EcontentGroupsRoutes.mount(table, new GroupsResource(groupService));
    EcontentGroupLoansRoutes.mount(table, new GroupLoansResource(groupLoanService, fulfilment));
    EcontentAccessByResourceIdRoutes.mount(table, new AccessResource(accessService));
    EcontentStatisticsRoutes.mount(table, new StatisticsResource(statistics));
    TimersResource timers = new TimersResource(loanExpiry, reservationExpiry, anonymization);
    EcontentTimersExpireLoansRoutes.mount(table, timers);
    EcontentTimersExpireReservationsRoutes.mount(table, timers);
    EcontentTimersAnonymizeRoutes.mount(table, timers);
    hosted.mount(table);
  }

  @Override
  public List<JobHandler> jobHandlers() {
    return hosted.jobHandlers();
  }

  @Override
  public List<TenantDataLoader> tenantLoaders() {
    return List.of(new CirculationTenantData(secrets));
  }

  @Override
  public List<PeriodicTask> periodicTasks() {
    return List.of(new PeriodicTask("econtent-expire-loans", TIMER_INTERVAL, loanExpiry::run),
        new PeriodicTask("econtent-expire-reservations", TIMER_INTERVAL, reservationExpiry::run),
        new PeriodicTask("econtent-anonymize", TIMER_INTERVAL, anonymization::run));
  }
}
