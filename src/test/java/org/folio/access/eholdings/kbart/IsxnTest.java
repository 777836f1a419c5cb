package org.folio.access.eholdings.kbart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsxnTest {

  @Test
  void issnsAreCheckedByTheirCheckCharacterWithOrWithoutHyphen() {
    assertTrue(Isxn.isIssn("0028-0836"));
    assertTrue(Isxn.isIssn("00280836"));
    assertTrue(Isxn.isIssn("2434-561x"));
    assertFalse(Isxn.isIssn("0028-0837"));
    assertFalse(Isxn.isIssn("0028-083"));
    assertFalse(Isxn.isIssn("9780306406157"));
  }

  @Test
  void isbnsOfTenAndThirteenDigitsAreCheckedByTheirCheckDigit() {
    assertTrue(Isxn.isIsbn("978-0-306-40615-7"));
    assertTrue(Isxn.isIsbn("0-306-40615-2"));
    assertTrue(Isxn.isIsbn("080442957X"));
    assertFalse(Isxn.isIsbn("978-0-306-40615-8"));
    assertFalse(Isxn.isIsbn("123-0-306-40615-7"));
    assertFalse(Isxn.isIsbn("0028-0836"));
  }

  @Test
  void anIsbn10HasTheSameKeyAsItsIsbn13() {
    assertEquals("9780306406157", Isxn.isbn13("0-306-40615-2"));
    assertEquals("9780306406157", Isxn.isbn13("978-0-306-40615-7"));
  }

  @Test
  void searchFormIsUpperCaseWithoutHyphensAndShownIssnsHaveOne() {
    assertEquals("2434561X", Isxn.compact("2434-561x"));
    assertEquals("0028-0836", Isxn.displayIssn("00280836"));
  }

  @Test
  void generatedNumbersAreValid() {
    for (int i = 0; i < 5000; i += 7) {
      assertTrue(Isxn.isIssn(Isxn.issnOf(i * 1931)), Isxn.issnOf(i * 1931));
      assertTrue(Isxn.isIsbn(Isxn.isbnOf(i * 104729L)), Isxn.isbnOf(i * 104729L));
    }
  }
}
