package org.folio.access.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.raml.v2.api.RamlModelBuilder;
import org.raml.v2.api.RamlModelResult;
import org.raml.v2.api.model.v10.datamodel.TypeDeclaration;
import org.raml.v2.api.model.v10.methods.Method;
import org.raml.v2.api.model.v10.resources.Resource;

/**
 * Every method of every RAML contract in ramls/, as the suites that are generated from the contracts need it:
 * verb, path, query parameter names and the example request body. A method added to a RAML file is covered by
 * those suites without a test written by hand.
 */
public final class Contract {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
  private static List<ApiMethod> methods;

  private Contract() {}

  /** One RAML method; `example` is the request body's example (JSON text) or null. */
  public record ApiMethod(String verb, String path, List<String> queryParams, String bodyType, String example) {
    public List<String> pathParams() {
      List<String> names = new ArrayList<>();
      Matcher m = PATH_PARAM.matcher(path);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }

    /** The path with each {param} replaced by the value (raw: the caller escapes what needs escaping). */
    public String path(String value) {
      return PATH_PARAM.matcher(path).replaceAll(Matcher.quoteReplacement(value));
    }

    public boolean writes() {
      return !verb.equals("GET");
    }

    public boolean takesJson() {
      return bodyType != null && bodyType.contains("json");
    }

    @Override
    public String toString() {
      return verb + " " + path;
    }
  }

  /** The headers a gateway sends for a staff user who may act for every patron, with a JSON body type. */
  public static java.util.Map<String, String> staffHeaders(String tenant) {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("X-Okapi-Tenant", tenant);
    h.put("X-Okapi-Url", "http://localhost:9130");
    h.put("X-Okapi-User-Id", "7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f");
    h.put("X-Okapi-Permissions", "[\"econtent.loans.all\",\"econtent.loans.on-behalf\"]");
    h.put("Content-Type", "application/json");
    return h;
  }

  public static synchronized List<ApiMethod> methods() {
    if (methods == null) {
      methods = load(Path.of("ramls"));
    }
    return methods;
  }

  private static List<ApiMethod> load(Path ramls) {
    List<ApiMethod> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(ramls)) {
      for (Path raml : files.filter(p -> p.toString().endsWith(".raml")).sorted().toList()) {
        RamlModelResult model = new RamlModelBuilder().buildApi(raml.toFile());
        if (model.hasErrors()) {
          throw new IllegalStateException(raml + ": " + model.getValidationResults());
        }
        model.getApiV10().resources().forEach(r -> collect(r, all));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(all);
  }

  private static void collect(Resource resource, List<ApiMethod> into) {
    for (Method method : resource.methods()) {
      List<String> query = method.queryParameters().stream().map(TypeDeclaration::name).toList();
      String type = method.body().isEmpty() ? null : method.body().get(0).name();
      String example = method.body().isEmpty() || method.body().get(0).example() == null ? null
          : method.body().get(0).example().value();
      into.add(new ApiMethod(method.method().toUpperCase(java.util.Locale.ROOT), resource.resourcePath(), query, type, example));
    }
    resource.resources().forEach(child -> collect(child, into));
  }
}
