package org.folio.access.stacks.imports;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of an import file, read: a bib record, an item record, a rejected line, or a blank line. */
public sealed interface ImportLine {
  int lineNo();

  /** A bib record: the work it becomes, its title and its bib location codes (Sierra fixed field 026). */
  record Bib(int lineNo, String workId, String title, List<String> locationCodes) implements ImportLine {}

  /** An item record: its ids, its work, its ILS location, fixed field 88 status, 108 OPAC message and due date. */
  record Item(int lineNo, String itemId, String recordNumber, String workId, String locationCode, String locationName,
      String statusCode, String statusLabel, String opacMessage, OffsetDateTime dueDate, String shelfmark, String copy)
      implements ImportLine {}

  record Rejected(int lineNo, String reason) implements ImportLine {}

  record Blank(int lineNo) implements ImportLine {}
}
