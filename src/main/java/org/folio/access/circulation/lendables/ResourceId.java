package org.folio.access.circulation.lendables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An eholdings resource id, providerId-packageId-titleId. */
public record ResourceId(long providerId, long packageId, long titleId) {
  private static final Pattern FORM = Pattern.compile("^([0-9]{1,18})-([0-9]{1,18})-([0-9]{1,18})$");

  /** The id, or null when the text is not of that form. */
  public static ResourceId parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      return null;
    }
    return new ResourceId(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
  }

  @Override
  public String toString() {
    return providerId + "-" + packageId + "-" + titleId;
  }
}
