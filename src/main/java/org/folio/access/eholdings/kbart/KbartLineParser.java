package org.folio.access.eholdings.kbart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.folio.access.eholdings.kbart.StoredDocuments.Contributor;
import org.folio.access.eholdings.kbart.StoredDocuments.Coverage;
import org.folio.access.eholdings.kbart.StoredDocuments.Identifier;
import org.folio.access.eholdings.kbart.StoredDocuments.Resource;
import org.folio.access.eholdings.kbart.StoredDocuments.Title;

/**
 * Turns one line of a KBART file into the knowledge base's shapes, or into a rejection with its reason.
 * serial -> Journal with ISSNs, monograph -> Book with ISBNs (an empty publication_type is read from the
 * identifiers, else from the package's content type); coverage dates -> managedCoverages; embargo_info R ->
 * managedEmbargoPeriod; title_url -> url; first_author / first_editor -> contributors.
 */
final class KbartLineParser {
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
      return accept(lineNo, fields(line));
    } catch (LineRejected e) {
      return new KbartLine.Rejected(lineNo, e.getMessage());
    }
  }

  private String[] fields(String line) {
    if (line.indexOf('\0') >= 0) {
      throw new LineRejected("the line contains a NUL character: not text");
    }
    String[] fields = line.split("\t", -1);
    if (fields.length != header.width()) {
      throw new LineRejected("expected " + header.width() + " tab-separated columns as in the header, found " + fields.length);
    }
    return fields;
  }

  private KbartLine.Accepted accept(int lineNo, String[] f) {
    String name = limited(f, "publication_title", 400);
    if (name.isEmpty()) {
      throw new LineRejected("publication_title is empty");
    }
    String print = header.value(f, "print_identifier");
    String online = header.value(f, "online_identifier");
    boolean book = isBook(header.value(f, "publication_type"), print, online);
    List<Identifier> identifiers = new ArrayList<>();
    String printId = identifier("print_identifier", print, book);
    String onlineId = identifier("online_identifier", online, book);
    if (printId != null) {
      identifiers.add(new Identifier(printId, book ? "ISBN" : "ISSN", "Print"));
    }
    if (onlineId != null) {
      identifiers.add(new Identifier(onlineId, book ? "ISBN" : "ISSN", "Online"));
    }
    String key = titleKey(book, onlineId != null ? onlineId : printId, limited(f, "title_id", 200));
    Title title = new Title(name, book ? "Book" : "Journal", blankToNull(limited(f, "publisher_name", 250)),
        blankToNull(limited(f, "monograph_edition", 250)), contributors(f), identifiers);
    Resource resource = new Resource(KbartValues.url(header.value(f, "title_url")),
        KbartValues.embargo(header.value(f, "embargo_info")));
    List<String> isxn = identifiers.stream().map(i -> Isxn.compact(i.id())).toList();
    return new KbartLine.Accepted(lineNo, key, isxn, title, resource, coverage(f));
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

  /** The identifier as stored (ISSNs as NNNN-NNNC, ISBNs as written), or null when the column is empty. */
  private static String identifier(String column, String value, boolean book) {
    if (value.isEmpty()) {
      return null;
    }
    if (book ? !Isxn.isIsbn(value) : !Isxn.isIssn(value)) {
      throw new LineRejected(column + " '" + KbartValues.abbreviate(value) + "' is not a valid " + (book ? "ISBN" : "ISSN"));
    }
    return book ? value : Isxn.displayIssn(value);
  }

  private String titleKey(boolean book, String identifier, String titleId) {
    if (identifier != null) {
      return book ? "isbn:" + Isxn.isbn13(identifier) : "issn:" + Isxn.compact(identifier);
    }
    if (!titleId.isEmpty()) {
      return "kbart:" + providerKey + ":" + titleId;
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

  private Coverage coverage(String[] f) {
    String begin = KbartValues.coverageDate("date_first_issue_online", header.value(f, "date_first_issue_online"), false);
    String end = KbartValues.coverageDate("date_last_issue_online", header.value(f, "date_last_issue_online"), true);
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
