package org.folio.access.ill.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.IllSettings;

/** What a PUT of the routing settings must satisfy beyond its schema; each problem names its setting. */
public final class SettingsRules {
  private SettingsRules() {}

  /** The first problem of the (defaulted) settings as a 422, or null when they are fine. */
  public static ApiError problem(IllSettings s) {
    List<ApiError> problems = new ArrayList<>();
    if (!s.getRsaPublicKey().isBlank()) {
      try {
        RsaPublicKeys.parse(s.getRsaPublicKey());
      } catch (IllegalArgumentException e) {
        problems.add(ApiError.invalid("rsaPublicKey", abbreviated(s.getRsaPublicKey()), "rsaPublicKey " + e.getMessage()));
      }
    }
    barcodeMatch(s.getUserBarcodeExternalMatch(), problems);
    if (!s.getUserBarcodeExternalLookupUrl().isBlank() && s.getUserBarcodeExternalMatch().isBlank()) {
      problems.add(ApiError.invalid("userBarcodeExternalMatch", "",
          "userBarcodeExternalMatch is needed with userBarcodeExternalLookupUrl"));
    }
    Map.of("userBarcodeMapping", s.getUserBarcodeMapping(), "userPasswordMapping", s.getUserPasswordMapping(),
            "pickupLocationMapping", s.getPickupLocationMapping(), "requestItemNotesMapping", s.getRequestItemNotesMapping(),
            "requestItemExternalNumberMapping", s.getRequestItemExternalNumberMapping(),
            "userBarcodeExternalLookupUrl", s.getUserBarcodeExternalLookupUrl())
        .forEach((name, value) -> {
          String problem = Template.problem(value);
          if (problem != null) {
            problems.add(ApiError.invalid(name, value, name + ": " + problem));
          }
        });
    Map.of("documentTypeRelaisFormatMappings", s.getDocumentTypeRelaisFormatMappings(),
            "requestItemPickupLocationMapping", s.getRequestItemPickupLocationMapping())
        .forEach((name, value) -> {
          String problem = Mappings.problem(value);
          if (problem != null) {
            problems.add(ApiError.invalid(name, value, name + ": " + problem));
          }
        });
    targetQueues(s, problems);
    return problems.isEmpty() ? null : problems.get(0);
  }

  private static void barcodeMatch(String regex, List<ApiError> problems) {
    if (regex.isBlank()) {
      return;
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problems.add(ApiError.invalid("userBarcodeExternalMatch", regex,
          "userBarcodeExternalMatch is not a regular expression: " + e.getDescription()));
      return;
    }
    if (!regex.contains("(?<Barcode>")) {
      problems.add(ApiError.invalid("userBarcodeExternalMatch", regex,
          "userBarcodeExternalMatch must have the named group Barcode, e.g. (?<Barcode>\\d+)"));
    }
  }

  /** A routed transaction must leave the search queue, or it would be routed again and again. */
  private static void targetQueues(IllSettings s, List<ApiError> problems) {
    Map.of("requestItemSuccessfulQueue", s.getRequestItemSuccessfulQueue(), "requestItemErrorQueue", s.getRequestItemErrorQueue(),
            "availableLocallyQueue", s.getAvailableLocallyQueue(), "manualProcessingQueue", s.getManualProcessingQueue(),
            "manualAvailabilityProcessingQueue", s.getManualAvailabilityProcessingQueue(), "errorQueue", s.getErrorQueue())
        .forEach((name, queue) -> {
          if (queue.equals(s.getFindItemSearchQueue())) {
            problems.add(ApiError.invalid(name, queue, name + " must differ from findItemSearchQueue"));
          }
        });
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
