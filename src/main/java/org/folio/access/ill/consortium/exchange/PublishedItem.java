package org.folio.access.ill.consortium.exchange;

import java.util.List;

/**
 * An item as a member publishes it: its keys for FindItem (normalised identifiers, lower-cased title and author
 * words), where it is and whether it is lent and on the shelf. Nothing about patrons.
 */
public record PublishedItem(String itemId, String workId, String title, String author, List<String> identifiers,
    List<String> words, String locationType, String accessStatus, boolean lendable, boolean available) {}
