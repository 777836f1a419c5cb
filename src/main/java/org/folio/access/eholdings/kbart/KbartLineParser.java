package org.folio.access.eholdings.kbart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.folio.access.eholdings.kbart.StoredDocuments.Contributor;
import org.folio.access.eholdings.kbart.StoredDocuments.Coverage;
import org.folio.access.eholdings.kbart.StoredDocuments.Identifier;
import org.folio.access.eholdings.kbart.StoredDocuments.Resource;
import org.folio.access.eholdings.kbart.StoredDocuments.Title;

/**
 * Turns one line of a KBART file into the knowledge base's shapes, or into a rejection with its reason.
 * serial -> Journal with ISSNs, monograph -> Book with ISBNs (an empty publication_type is read from the
 * identifiers, else from the package's content type); coverage dates (for monographs without them, the
 * publication dates) -> managedCoverages; embargo_info P -> managedEmbargoPeriod, R -> managedRollingWindow;
 * title_url -> url; coverage_depth and notes -> managedCoverageDepth and managedNotes; first_author /
 * first_editor -> contributors.
 *
 * <p>What a line can do without is dropped with a warning rather than losing the title: an invalid identifier
 * when something else identifies the title, an unusable title_url, over-long notes. Empty trailing fields
 * beyond the header's columns are ignored; placeholders (n/a, -) are empty values.
 */
final class KbartLineParser {
  static final int NOTES_LIMIT = 500;
  private final KbartHeader header;
  private final String providerKey;
  private final boolean booksByDefault;

  KbartLineParser(KbartHeader header, String providerKey, String contentType) {
    this.header = header;
    this.providerKey = providerKey;
    this.booksByDefault = "E-Book".equals(contentType);
  }

  KbartLine parse(int lineNo, String line) {
    try {
      return accept(lineNo, fields(line), new ArrayList<>(0));
    } catch (LineRejected e) {
      return new KbartLine.Rejected(lineNo, e.getMessage());
    }
  }

  private String[] fields(String line) {
    if (line.indexOf('\0') >= 0) {
      throw new LineRejected("the line contains a NUL character: not text");
    }
    String[] fields = line.split("\t", -1);
    if (fields.length < header.width()) {
      throw new LineRejected("expected " + header.width() + " tab-separated columns as in the header, found " + fields.length);
    }
    for (int i = header.width(); i < fields.length; i++) {
      if (!fields[i].isBlank()) {
        throw new LineRejected("field " + (i + 1) + " '" + KbartValues.abbreviate(fields[i].trim()) + "' is beyond the header's "
            + header.width() + " columns");
      }
    }
    return fields;
  }

  private KbartLine.Accepted accept(int lineNo, String[] f, List<String> warnings) {
    String name = limited(f, "publication_title", 400);
    if (name.isEmpty()) {
      throw new LineRejected("publication_title is empty");
    }
    String print = header.value(f, "print_identifier");
    String online = header.value(f, "online_identifier");
    boolean book = isBook(header.value(f, "publication_type"), print, online);
    String titleId = limited(f, "title_id", 200);
    List<String> invalid = new ArrayList<>(0);
    String printId = identifier("print_identifier", print, book, invalid);
    String onlineId = identifier("online_identifier", online, book, invalid);
    String key = titleKey(book, onlineId != null ? onlineId : printId, titleId, invalid);
    invalid.forEach(reason -> warnings.add(reason + ": dropped"));
    List<Identifier> identifiers = new ArrayList<>(2);
    if (printId != null) {
      identifiers.add(new Identifier(printId, book ? "ISBN" : "ISSN", "Print"));
    }
    if (onlineId != null) {
      identifiers.add(new Identifier(onlineId, book ? "ISBN" : "ISSN", "Online"));
    }
    Title title = new Title(name, book ? "Book" : "Journal", blankToNull(limited(f, "publisher_name", 250)),
        blankToNull(limited(f, "monograph_edition", 250)), contributors(f), identifiers);
    KbartValues.Embargoes embargo = KbartValues.embargo(header.value(f, "embargo_info"));
    Resource resource = new Resource(dropped(warnings, () -> KbartValues.url(header.value(f, "title_url"))),
        embargo.movingWall(), embargo.rollingWindow(), KbartValues.coverageDepth(header.value(f, "coverage_depth")),
        notes(f, warnings));
    List<String> isxn = identifiers.stream().map(i -> Isxn.compact(i.id())).toList();
    return new KbartLine.Accepted(lineNo, key, nameKey(name), isxn, title, resource, coverage(f, book, warnings), List.copyOf(warnings));
  }

  /** Titles whose names differ only in case, spacing and punctuation have one name key. */
  static String nameKey(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private boolean isBook(String publicationType, String print, String online) {
    switch (publicationType.toLowerCase(Locale.ROOT)) {
      case "serial":
        return false;
      case "monograph":
        return true;
      case "":
        String sample = Isxn.compact(online.isEmpty() ? print : online);
        return sample.isEmpty() ? booksByDefault : sample.length() != 8;
      default:
        throw new LineRejected("publication_type '" + KbartValues.abbreviate(publicationType) + "' is neither serial nor monograph");
    }
  }

  /**
   * The identifier as stored (ISSNs as NNNN-NNNC, ISBNs as written), or null when the column is empty or the
   * value is invalid; then `invalid` gets the reason.
   */
  private static String identifier(String column, String value, boolean book, List<String> invalid) {
    if (value.isEmpty()) {
      return null;
    }
    if (book ? !Isxn.isIsbn(value) : !Isxn.isIssn(value)) {
      invalid.add(column + " '" + KbartValues.abbreviate(value) + "' is not a valid " + (book ? "ISBN" : "ISSN"));
      return null;
    }
    return book ? value : Isxn.displayIssn(value);
  }

  /** The key from the valid identifier, else from title_id; a line that nothing valid identifies is rejected. */
  private String titleKey(boolean book, String identifier, String titleId, List<String> invalid) {
    if (identifier != null) {
      return book ? "isbn:" + Isxn.isbn13(identifier) : "issn:" + Isxn.compact(identifier);
    }
    if (!titleId.isEmpty()) {
      return "kbart:" + providerKey + ":" + titleId;
    }
    if (!invalid.isEmpty()) {
      throw new LineRejected(String.join("; ", invalid));
    }
    throw new LineRejected("no print_identifier, online_identifier or title_id identifies the title");
  }

  private List<Contributor> contributors(String[] f) {
    List<Contributor> list = new ArrayList<>(2);
    String author = limited(f, "first_author", 250);
    String editor = limited(f, "first_editor", 250);
    if (!author.isEmpty()) {
      list.add(new Contributor("Author", author));
    }
    if (!editor.isEmpty()) {
      list.add(new Contributor("Editor", editor));
    }
    return list;
  }

  /**
   * The line's coverage: the online issue dates; for a monograph without them, its publication date (online, else
   * print) from the first to the last day it names; an unreadable publication date is dropped with a warning.
   */
  private Coverage coverage(String[] f, boolean book, List<String> warnings) {
    String first = header.value(f, "date_first_issue_online");
    String last = header.value(f, "date_last_issue_online");
    if (book && first.isEmpty() && last.isEmpty()) {
      String column = header.value(f, "date_monograph_published_online").isEmpty()
          ? "date_monograph_published_print" : "date_monograph_published_online";
      String published = header.value(f, column);
      return published.isEmpty() ? null : dropped(warnings, () -> new Coverage(
          KbartValues.coverageDate(column, published, false), KbartValues.coverageDate(column, published, true)));
    }
    String begin = KbartValues.coverageDate("date_first_issue_online", first, false);
    String end = KbartValues.coverageDate("date_last_issue_online", last, true);
    if (begin.isEmpty()) {
      if (!end.isEmpty()) {
        throw new LineRejected("date_last_issue_online is given without date_first_issue_online");
      }
      return null;
    }
    if (!end.isEmpty() && end.compareTo(begin) < 0) {
      throw new LineRejected("date_first_issue_online " + begin + " is after date_last_issue_online " + end);
    }
    return new Coverage(begin, end);
  }

  private String notes(String[] f, List<String> warnings) {
    String notes = header.value(f, "notes");
    if (notes.length() > NOTES_LIMIT) {
      warnings.add("notes are longer than " + NOTES_LIMIT + " characters: cut");
      return notes.substring(0, NOTES_LIMIT);
    }
    return blankToNull(notes);
  }

  /** A value the title can do without: when it is unusable, the reason is a warning and the value is dropped. */
  private static <T> T dropped(List<String> warnings, Supplier<T> value) {
    try {
      return value.get();
    } catch (LineRejected e) {
      warnings.add(e.getMessage() + ": dropped");
      return null;
    }
  }

  private String limited(String[] f, String column, int max) {
    String value = header.value(f, column);
    if (value.length() > max) {
      throw new LineRejected(column + " is longer than " + max + " characters");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
