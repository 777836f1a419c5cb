package org.folio.access.eholdings.resources;

import java.util.List;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.packages.PackageRow;

/**
 * Everything the document of one resource shows, read in one statement: the resource with its title, its package,
 * the root proxy, the tags of all three, whether any package holds the title selected, and the resource's access
 * type (null when it has none).
 */
public record ResourceView(ResourceRow resource, PackageRow pkg, String rootProxy, List<String> resourceTags,
    List<String> packageTags, List<String> titleTags, boolean titleSelected, AccessType accessType) {}
