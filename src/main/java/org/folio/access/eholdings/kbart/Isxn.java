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
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '-' && c != ' ') {
        sb.append(c == 'x' ? 'X' : Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  public static boolean isIssn(String value) {
    String c = compact(value);
    return c.length() == 8 && digits(c, 0, 7) && (digit(c.charAt(7)) || c.charAt(7) == 'X')
        && c.charAt(7) == issnCheck(c.substring(0, 7));
  }

  public static boolean isIsbn(String value) {
    String c = compact(value);
    if (c.length() == 10) {
      return digits(c, 0, 9) && (digit(c.charAt(9)) || c.charAt(9) == 'X') && c.charAt(9) == isbn10Check(c.substring(0, 9));
    }
    return c.length() == 13 && digits(c, 0, 13) && c.startsWith("97") && (c.charAt(2) == '8' || c.charAt(2) == '9')
        && c.charAt(12) == isbn13Check(c.substring(0, 12));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
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
