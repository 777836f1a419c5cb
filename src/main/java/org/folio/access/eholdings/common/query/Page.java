package org.folio.access.eholdings.common.query;

import java.util.List;

/** One page of rows and how many match over all pages. */
public record Page<T>(List<T> rows, long total) {}
