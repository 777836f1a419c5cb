package org.folio.access.ill.transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.IllTransaction;

/** What a transaction must satisfy beyond its schema, and its identifiers in one normal form. */
public final class TransactionRules {
  private static final Pattern ISBN = Pattern.compile("^(\\d{9}[\\dX]|\\d{13})$");
  private static final Pattern ISSN = Pattern.compile("^(\\d{4})-?(\\d{3}[\\dX])$");

  private TransactionRules() {}

  /** The first problem as a 422 naming the field, or null. */
  public static ApiError problem(IllTransaction t) {
    boolean loan = t.getRequestType() == IllTransaction.RequestType.LOAN;
    if (loan && t.getArticleDate() != null) {
      return ApiError.invalid("articleDate", t.getArticleDate(), "articleDate is for Article requests; a Loan has loanDate");
    }
    if (!loan && t.getLoanDate() != null) {
      return ApiError.invalid("loanDate", t.getLoanDate(), "loanDate is for Loan requests; an Article has articleDate");
    }
    if (!loan && blank(t.getJournalTitle())) {
      return ApiError.invalid("journalTitle", "", "An Article request needs journalTitle");
    }
    for (int i = 0; i < t.getIsbns().size(); i++) {
      if (isbn(t.getIsbns().get(i)) == null) {
        return ApiError.invalid("isbns[" + i + "]", t.getIsbns().get(i), "Not an ISBN-10 or ISBN-13");
      }
    }
    for (int i = 0; i < t.getIssns().size(); i++) {
      if (issn(t.getIssns().get(i)) == null) {
        return ApiError.invalid("issns[" + i + "]", t.getIssns().get(i), "Not an ISSN (NNNN-NNNC)");
      }
    }
    return null;
  }

  /** ISBNs without hyphens or spaces, upper-case X, duplicates dropped (the rules checked their form). */
  public static List<String> isbns(IllTransaction t) {
    List<String> out = new ArrayList<>();
    t.getIsbns().stream().map(TransactionRules::isbn).filter(i -> !out.contains(i)).forEach(out::add);
    return out;
  }

  public static List<String> issns(IllTransaction t) {
    List<String> out = new ArrayList<>();
    t.getIssns().stream().map(TransactionRules::issn).filter(i -> !out.contains(i)).forEach(out::add);
    return out;
  }

  static String isbn(String text) {
    String isbn = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return ISBN.matcher(isbn).matches() ? isbn : null;
  }

  static String issn(String text) {
    var m = ISSN.matcher(text.trim().toUpperCase(Locale.ROOT));
    return m.matches() ? m.group(1) + "-" + m.group(2) : null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
