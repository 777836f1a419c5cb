package org.folio.access.ill.consortium.lending;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lending state machine, after ISO 18626: which side may send which action in which state, and the state it
 * leads to. request -> will-supply | unfilled; will-supply -> loaned (shipped) | unfilled; cancel before shipping;
 * loaned -> received -> returned -> complete; overdue and recall while the borrower has the item.
 */
public final class LendingMoves {
  /** A move: the side that may make it, the states it may be made in, and the state after it. */
  record Move(String role, Set<String> from, String to) {}

  static final String LENDER = "lender";
  static final String BORROWER = "borrower";
  private static final Map<String, Move> MOVES = Map.of(
      "will-supply", new Move(LENDER, Set.of("requested"), "will-supply"),
      "unfilled", new Move(LENDER, Set.of("requested", "will-supply"), "unfilled"),
      "shipped", new Move(LENDER, Set.of("requested", "will-supply"), "loaned"),
      "overdue", new Move(LENDER, Set.of("loaned", "received"), "overdue"),
      "recall", new Move(LENDER, Set.of("loaned", "received", "overdue"), "recalled"),
      "complete", new Move(LENDER, Set.of("returned"), "complete"),
      "cancel", new Move(BORROWER, Set.of("requested", "will-supply"), "cancelled"),
      "received", new Move(BORROWER, Set.of("loaned"), "received"),
      "returned", new Move(BORROWER, Set.of("received", "overdue", "recalled"), "returned"));

  private LendingMoves() {}

  /** The state after the action, or empty when this side may not send it in this state. */
  public static Optional<String> next(String role, String action, String state) {
    Move move = MOVES.get(action);
    return move != null && move.role().equals(role) && move.from().contains(state) ? Optional.of(move.to()) : Optional.empty();
  }

  /** The request holds no copy any more after a message with this action. */
  public static boolean releasesCopy(String action) {
    return "unfilled".equals(action) || "cancel".equals(action) || "complete".equals(action);
  }
}
