package org.folio.access.eholdings.settings.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.rest.model.KbCredentialsAttributes;

/**
 * The fields a POST, PUT or PATCH of a knowledge base sets, checked; null means "not sent". An apiKey equal
 * to the mask the module answers with means "keep the stored key", so a form sent back unchanged never
 * overwrites the secret.
 */
public record KnowledgeBaseChanges(String name, String customerId, String apiKey, String url) {
  public static final String API_KEY_MASK = "********";
  static final int NAME_MAX = 255;
  static final int CUSTOMER_ID_MAX = 255;
  static final int API_KEY_MAX = 500;
  static final int URL_MAX = 500;

  /** POST and PUT: the name is required; customerId and url, when sent, must not be blank. */
  public static KnowledgeBaseChanges complete(KbCredentialsAttributes a) {
    Others o = others(a);
    return new KnowledgeBaseChanges(FieldRules.required("name", a.getName(), NAME_MAX), o.customerId, o.apiKey, o.url);
  }

  /**
   * PATCH: only what is sent changes, but something must be: all attributes null or blank is a 422
   * "Invalid attributes"; a blank one beside others is a 422 naming it.
   */
  public static KnowledgeBaseChanges partial(KbCredentialsAttributes a) {
    if (isBlank(a.getName()) && isBlank(a.getCustomerId()) && isBlank(a.getApiKey()) && isBlank(a.getUrl())) {
      throw FieldRules.invalid("attributes", "At least one of name, customerId, apiKey and url must be set");
    }
    Others o = others(a);
    return new KnowledgeBaseChanges(FieldRules.notBlankWhenSent("name", a.getName(), NAME_MAX), o.customerId, o.apiKey, o.url);
  }

  /** The document fields to set. */
  public Map<String, Object> fields() {
    Map<String, Object> set = new LinkedHashMap<>();
    putIfSent(set, "name", name);
    putIfSent(set, "customerId", customerId);
    putIfSent(set, "apiKey", apiKey);
    putIfSent(set, "url", url);
    return set;
  }

  /** The document fields a replacement removes because they were not sent (the key is kept). */
  public List<String> unsent() {
    List<String> removed = new ArrayList<>();
    if (customerId == null) {
      removed.add("customerId");
    }
    if (url == null) {
      removed.add("url");
    }
    return removed;
  }

  private record Others(String customerId, String apiKey, String url) {}

  private static Others others(KbCredentialsAttributes a) {
    String key = API_KEY_MASK.equals(a.getApiKey()) ? null : FieldRules.optional("apiKey", a.getApiKey(), API_KEY_MAX);
    return new Others(FieldRules.notBlankWhenSent("customerId", a.getCustomerId(), CUSTOMER_ID_MAX), key,
        FieldRules.notBlankWhenSent("url", a.getUrl(), URL_MAX));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static void putIfSent(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
