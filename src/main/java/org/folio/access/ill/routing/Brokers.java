package org.folio.access.ill.routing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folio.access.connectors.broker.Broker;

/** The broker connectors the module has, by the name a tenant's `broker` setting picks. */
public final class Brokers {
  /** The built-in broker over the other members' published holdings: it needs no broker URL. */
  public static final String CONSORTIUM = "consortium";
  private final Map<String, Broker> byName;

  public Brokers(List<Broker> brokers) {
    this.byName = brokers.stream().collect(Collectors.toUnmodifiableMap(Broker::name, Function.identity()));
  }

  Broker named(String name) {
    Broker broker = byName.get(name);
    if (broker == null) {
      throw new RoutingProblem("No broker connector named '" + name + "'");
    }
    return broker;
  }
}
