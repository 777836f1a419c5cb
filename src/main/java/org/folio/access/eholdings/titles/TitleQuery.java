package org.folio.access.eholdings.titles;

import java.util.List;
import org.folio.access.eholdings.common.query.Paging;

/** The title filters (TF) of title searches and package resource lists, as the client sent them. */
public record TitleQuery(String selected, String type, String name, String isxn, String subject, String publisher,
    List<String> tags, List<String> accessTypes, String sort, Paging paging) {}
