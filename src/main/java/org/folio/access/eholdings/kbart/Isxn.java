package org.folio.access.eholdings.kbart;

import java.util.Locale;

/**
 * ISSNs and ISBNs: validation with their check digits, the compact form the knowledge base searches
 * (upper case, no hyphens or spaces: titles.isxn) and the forms it shows. Also builds valid numbers for
 * generated data.
 */
public final class Isxn {
  private Isxn() {}

  /** Upper case, without hyphens and spaces. */
  public static String compact(String value) {
    return value.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isIssn(String value) {
    String c = compact(value);
    return c.matches("\\d{7}[\\dX]") && c.charAt(7) == issnCheck(c.substring(0, 7));
  }

  public static boolean isIsbn(String value) {
    String c = compact(value);
    if (c.matches("\\d{9}[\\dX]")) {
      return c.charAt(9) == isbn10Check(c.substring(0, 9));
    }
    return c.matches("97[89]\\d{10}") && c.charAt(12) == isbn13Check(c.substring(0, 12));
  }

  /** An ISSN as shown: NNNN-NNNC. */
  public static String displayIssn(String value) {
    String c = compact(value);
    return c.substring(0, 4) + "-" + c.substring(4);
  }

  /** The ISBN-13 of a valid ISBN-10 or ISBN-13, compact; the same book has one key whichever form a file uses. */
  public static String isbn13(String value) {
    String c = compact(value);
    if (c.length() == 13) {
      return c;
    }
    String twelve = "978" + c.substring(0, 9);
    return twelve + isbn13Check(twelve);
  }

  /** The check character of the first seven digits of an ISSN. */
  public static char issnCheck(String sevenDigits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** The check digit of the first twelve digits of an ISBN-13. */
  public static char isbn13Check(String twelveDigits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static char isbn10Check(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** A valid ISSN from a number below 10,000,000, shown as NNNN-NNNC. */
  public static String issnOf(int serial) {
    String seven = String.format(Locale.ROOT, "%07d", serial);
    return displayIssn(seven + issnCheck(seven));
  }

  /** A valid ISBN-13 (978 prefix) from a number below 1,000,000,000, compact. */
  public static String isbnOf(long serial) {
    String twelve = "978" + String.format(Locale.ROOT, "%09d", serial);
    return twelve + isbn13Check(twelve);
  }
}
