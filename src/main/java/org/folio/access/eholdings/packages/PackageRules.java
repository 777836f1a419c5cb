package org.folio.access.eholdings.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.folio.access.eholdings.common.rules.Coverage;
import org.folio.access.eholdings.common.rules.CoverageRules;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.rest.model.PackagePutAttributes;

/** The field rules of packages: lengths, formats, content types, alternate names, coverage. */
public final class PackageRules {
  static final String NO_HTML = "Invalid characters. Custom alternate name field does not accept HTML.";

  private PackageRules() {}

  /** Checks what a custom package is created with: name and content type are required. */
  public static PackageInput forCreation(PackagePutAttributes attributes) {
    FieldRules.notEmpty("name", attributes.getName());
    FieldRules.notEmpty("contentType", attributes.getContentType());
    return read(attributes);
  }

  /** Checks the fields a request gives; absent ones are not checked. */
  public static PackageInput read(PackagePutAttributes a) {
    if (a.getName() != null) {
      FieldRules.notEmpty("name", a.getName());
      FieldRules.maxLength("name", a.getName(), 200);
    }
    if (a.getContentType() != null && !a.getContentType().isBlank() && ContentTypes.find(a.getContentType()).isEmpty()) {
      throw FieldRules.invalid("contentType", "contentType has an invalid value");
    }
    if (a.getCustomDescription() != null && a.getCustomDescription().length() > 2000) {
      throw FieldRules.invalid("customDescription", "2000 character limit has been exceeded.");
    }
    FieldRules.maxLength("customDisplayName", a.getCustomDisplayName(), 300);
    if (FieldRules.looksLikeHtml(a.getCustomDisplayName())) {
      throw FieldRules.invalid("customDisplayName", NO_HTML);
    }
    FieldRules.url("url", a.getUrl(), 500);
    if (a.getPackageToken() != null) {
      FieldRules.maxLength("value", a.getPackageToken().getValue(), 500);
    }
    Optional<Coverage> coverage = a.getCustomCoverage() == null ? Optional.empty()
        : CoverageRules.read(a.getCustomCoverage().getBeginCoverage(), a.getCustomCoverage().getEndCoverage());
    return new PackageInput(a, coverage, altNames(a.getCustomAltNames()));
  }

  /** [{altName}] or [text]; "" clears; null leaves them. At most 10 of at most 300 characters, no HTML. */
  static List<String> altNames(Object given) {
    if (given == null) {
      return null;
    }
    if (given instanceof String s && s.isBlank()) {
      return List.of();
    }
    if (!(given instanceof List<?> list)) {
      throw FieldRules.invalid("customAltNames", "customAltNames must be a list of alternate names");
    }
    List<String> names = new ArrayList<>();
    for (Object item : list) {
      Object name = item instanceof Map<?, ?> m ? m.get("altName") : item;
      if (name != null && !(name instanceof String)) {
        throw FieldRules.invalid("customAltNames", "altName must be text");
      }
      if (name != null && !((String) name).isBlank()) {
        names.add(((String) name).trim());
      }
    }
    if (names.size() > 10) {
      throw FieldRules.invalid("customAltNames", "customAltNames can have at most 10 names");
    }
    for (String name : names) {
      FieldRules.maxLength("customAltNames", name, 300);
      if (FieldRules.looksLikeHtml(name)) {
        throw FieldRules.invalid("customAltNames", NO_HTML);
      }
    }
    return names;
  }
}
