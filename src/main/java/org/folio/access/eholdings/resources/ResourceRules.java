package org.folio.access.eholdings.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.eholdings.common.rules.Coverage;
import org.folio.access.eholdings.common.rules.CoverageRules;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.rest.model.EmbargoPeriod;
import org.folio.access.rest.model.ResourcePutAttributes;

/** The field rules of resources: coverage, embargo, statement, url, custom label values. */
public final class ResourceRules {
  private ResourceRules() {}

  public static ResourceInput read(ResourcePutAttributes a) {
    if (a.getIsSelected() == null) {
      throw FieldRules.invalid("isSelected", "isSelected must not be empty");
    }
    List<Coverage> coverages = new ArrayList<>();
    if (a.getCustomCoverages() != null) {
      a.getCustomCoverages().stream().filter(c -> c != null)
          .forEach(c -> CoverageRules.read(c.getBeginCoverage(), c.getEndCoverage()).ifPresent(coverages::add));
    }
    EmbargoPeriod embargo = a.getCustomEmbargoPeriod();
    int embargoValue = embargo == null || embargo.getEmbargoValue() == null ? 0 : embargo.getEmbargoValue();
    String embargoUnit = embargo == null || embargo.getEmbargoUnit() == null ? null : embargo.getEmbargoUnit().value();
    if (embargoValue > 0 && embargoUnit == null) {
      throw FieldRules.invalid("customEmbargoPeriod", "embargoUnit must not be empty when embargoValue is given");
    }
    String statement = FieldRules.blankToNull(a.getCoverageStatement());
    FieldRules.maxLength("coverageStatement", statement, 250);
    FieldRules.url("url", a.getUrl(), 600);
    Map<String, String> fields = new LinkedHashMap<>();
    String[] values = {a.getUserDefinedField1(), a.getUserDefinedField2(), a.getUserDefinedField3(), a.getUserDefinedField4(),
        a.getUserDefinedField5()};
    for (int i = 0; i < values.length; i++) {
      String name = "userDefinedField" + (i + 1);
      FieldRules.maxLength(name, values[i], 500);
      if (values[i] != null && !values[i].isBlank()) {
        fields.put(name, values[i]);
      }
    }
    boolean hidden = a.getVisibilityData() != null && Boolean.TRUE.equals(a.getVisibilityData().getIsHidden());
    String proxy = a.getProxy() == null ? null : FieldRules.blankToNull(a.getProxy().getId());
    return new ResourceInput(a.getIsSelected(), CoverageRules.list(coverages), embargoValue > 0 ? embargoUnit : null,
        embargoValue, statement, hidden, a.getUrl(), proxy, a.getAccessTypeId(), fields);
  }
}
