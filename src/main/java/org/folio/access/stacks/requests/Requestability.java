package org.folio.access.stacks.requests;

import java.util.Optional;
import java.util.Set;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.stacks.items.ItemRow;

/**
 * Whether an item can be requested online, by its first location: only items in closed stores described as
 * online-request, whose access status (if any) does not close them. Otherwise the reason, as a 400.
 */
public final class Requestability {
  /** Access statuses that close an item to requests whatever its location. */
  static final Set<String> CLOSED = Set.of("closed", "unavailable", "temporarily-unavailable");
  /** Access statuses that need the library's say first: requested by hand, not online. */
  static final Set<String> BY_HAND = Set.of("by-appointment", "permission-required");

  /** Why an item cannot be requested online: the reason parameter and the reader's message. */
  public enum Refusal {
    OPEN_SHELVES("open-shelves", "This item is on the open shelves: take it from the shelf"),
    ONLINE("online", "This item is online: view it online"),
    ON_EXHIBITION("on-exhibition", "This item is on exhibition and cannot be requested"),
    MANUAL_REQUEST("manual-request", "This item cannot be requested online: ask the library staff"),
    CLOSED_ACCESS("closed-access", "This item is closed to access and cannot be requested"),
    NOT_REQUESTABLE("not-requestable", "This item cannot be requested");

    private final String reason;
    private final String message;

    Refusal(String reason, String message) {
      this.reason = reason;
      this.message = message;
    }

    public String reason() {
      return reason;
    }

    public ApiError error() {
      return ApiError.badRequest("ITEM_NOT_REQUESTABLE", message, "reason", reason);
    }
  }

  private Requestability() {}

  public static Optional<Refusal> refusal(ItemRow item) {
    return refusal(item.locationType(), item.description(), item.accessStatus());
  }

  public static Optional<Refusal> refusal(String locationType, String description, String accessStatus) {
    if (locationType == null) {
      return Optional.of(Refusal.NOT_REQUESTABLE);
    }
    Refusal byLocation = switch (locationType) {
      case "open-shelves" -> Refusal.OPEN_SHELVES;
      case "online" -> Refusal.ONLINE;
      case "on-exhibition" -> Refusal.ON_EXHIBITION;
      default -> null;
    };
    if (byLocation != null) {
      return Optional.of(byLocation);
    }
    if (accessStatus != null && CLOSED.contains(accessStatus)) {
      return Optional.of(Refusal.CLOSED_ACCESS);
    }
    if ("manual-request".equals(description) || (accessStatus != null && BY_HAND.contains(accessStatus))) {
      return Optional.of(Refusal.MANUAL_REQUEST);
    }
    return "online-request".equals(description) ? Optional.empty() : Optional.of(Refusal.NOT_REQUESTABLE);
  }
}
