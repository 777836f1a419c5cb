package org.folio.access.eholdings.packages;

import java.util.List;
import org.folio.access.eholdings.common.query.Paging;

/** The parameters of a package search, as the client sent them. */
public record PackageQuery(String q, String qField, String qType, String selected, String type, String visibility,
    String access, String custom, List<String> tags, List<String> accessTypes, String sort, Paging paging) {}
