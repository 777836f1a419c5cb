package org.folio.access.ill.consortium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.folio.access.ill.consortium.lending.LendingMoves;
import org.folio.access.ill.consortium.publishing.Keys;
import org.junit.jupiter.api.Test;

/** The lending state machine and the search keys of the published index. */
class LendingMovesTest {
  @Test
  void theLenderAnswersARequestAndTheBorrowerCannot() {
    assertEquals(Optional.of("will-supply"), LendingMoves.next("lender", "will-supply", "requested"));
    assertEquals(Optional.of("unfilled"), LendingMoves.next("lender", "unfilled", "will-supply"));
    assertEquals(Optional.empty(), LendingMoves.next("borrower", "will-supply", "requested"));
    assertEquals(Optional.empty(), LendingMoves.next("lender", "will-supply", "loaned"));
  }

  @Test
  void aLoanRunsShippedReceivedReturnedComplete() {
    assertEquals(Optional.of("loaned"), LendingMoves.next("lender", "shipped", "will-supply"));
    assertEquals(Optional.of("received"), LendingMoves.next("borrower", "received", "loaned"));
    assertEquals(Optional.of("returned"), LendingMoves.next("borrower", "returned", "received"));
    assertEquals(Optional.of("complete"), LendingMoves.next("lender", "complete", "returned"));
    assertEquals(Optional.empty(), LendingMoves.next("lender", "complete", "received"));
  }

  @Test
  void cancelOnlyBeforeShipping() {
    assertEquals(Optional.of("cancelled"), LendingMoves.next("borrower", "cancel", "will-supply"));
    assertEquals(Optional.empty(), LendingMoves.next("borrower", "cancel", "loaned"));
  }

  @Test
  void overdueAndRecallWhileTheBorrowerHasItThenItComesBack() {
    assertEquals(Optional.of("overdue"), LendingMoves.next("lender", "overdue", "received"));
    assertEquals(Optional.of("recalled"), LendingMoves.next("lender", "recall", "overdue"));
    assertEquals(Optional.of("returned"), LendingMoves.next("borrower", "returned", "recalled"));
    assertEquals(Optional.empty(), LendingMoves.next("lender", "recall", "returned"));
  }

  @Test
  void endsOfTheRequestFreeTheCopy() {
    assertTrue(LendingMoves.releasesCopy("unfilled") && LendingMoves.releasesCopy("cancel") && LendingMoves.releasesCopy("complete"));
    assertTrue(!LendingMoves.releasesCopy("shipped"));
  }

  @Test
  void anIsbnTenFindsItsThirteenAndAnIssnLosesItsHyphen() {
    assertEquals(List.of("0521639905", "9780521639903"), Keys.identifiers(List.of("0-521-63990-5"), List.of()));
    assertEquals(List.of("9780521639903", "0521639905"), Keys.identifiers(List.of("978-0-521-63990-3"), List.of()));
    assertEquals(List.of("080442957X", "9780804429573"), Keys.identifiers(List.of("0-8044-2957-x"), List.of()));
    assertEquals(List.of("00220477"), Keys.identifiers(List.of("junk"), List.of("0022-0477")));
  }

  @Test
  void wordsAreLowerCasedLettersAndDigitsOnce() {
    assertEquals(List.of("the", "measure", "of", "reality", "crosby", "alfred", "w"),
        Keys.words("The Measure of Reality", "Crosby, Alfred W."));
    assertEquals(List.of("étude", "n", "2"), Keys.words("Étude n°2"));
  }
}
