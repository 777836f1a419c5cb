import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.raml.v2.api.RamlModelBuilder;
import org.raml.v2.api.RamlModelResult;
import org.raml.v2.api.model.v10.bodies.Response;
import org.raml.v2.api.model.v10.datamodel.ArrayTypeDeclaration;
import org.raml.v2.api.model.v10.datamodel.BooleanTypeDeclaration;
import org.raml.v2.api.model.v10.datamodel.IntegerTypeDeclaration;
import org.raml.v2.api.model.v10.datamodel.NumberTypeDeclaration;
import org.raml.v2.api.model.v10.datamodel.StringTypeDeclaration;
import org.raml.v2.api.model.v10.datamodel.TypeDeclaration;
import org.raml.v2.api.model.v10.methods.Method;
import org.raml.v2.api.model.v10.resources.Resource;

/**
 * Build-time generator: reads every ramls/*.raml and writes, for each top-level resource, a JAX-RS
 * annotated interface whose methods answer Future&lt;Reply&gt; (with typed response factories for the
 * successful codes) and a binder that mounts the interface on the module's RouteTable. POJOs come from
 * jsonschema2pojo; this maps RAML type names to those classes through the `types:` includes.
 */
public class ApiGenerator {
  static final String PKG = "org.folio.access.rest.resource";
  static final String MODEL = "org.folio.access.rest.model";
  static final Set<String> JSON_TYPES = Set.of("application/json", "application/vnd.api+json");
  static final Pattern TYPE_INCLUDE = Pattern.compile("^\\s+([A-Za-z][\\w-]*):\\s*!include\\s+(\\S+\\.json)\\s*$", Pattern.MULTILINE);

  public static void main(String[] args) throws IOException {
    Path ramls = Path.of(args[0]);
    Path out = Path.of(args[1]).resolve(PKG.replace('.', '/'));
    Files.createDirectories(out);
    List<String> catalog = new ArrayList<>();
    try (Stream<Path> files = Files.list(ramls)) {
      for (Path raml : files.filter(p -> p.toString().endsWith(".raml")).sorted().toList()) {
        for (GeneratedType type : generate(raml, catalog)) {
          Files.writeString(out.resolve(type.name() + ".java"), type.source());
        }
      }
    }
    List<String> files;
    try (Stream<Path> all = Files.walk(ramls)) {
      files = all.filter(p -> p.toString().endsWith(".raml") || p.toString().endsWith(".json"))
          .map(p -> ramls.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    Files.writeString(out.resolve("ApiCatalog.java"), catalogSource(catalog, files));
  }

  record GeneratedType(String name, String source) {}

  static List<GeneratedType> generate(Path raml, List<String> catalog) throws IOException {
    RamlModelResult model = new RamlModelBuilder().buildApi(raml.toFile());
    if (model.hasErrors()) {
      String errors = model.getValidationResults().stream().map(Object::toString).collect(Collectors.joining("\n"));
      throw new IllegalStateException(raml + " is not valid RAML:\n" + errors);
    }
    Map<String, String> schemas = typeSchemas(Files.readString(raml));
    List<GeneratedType> types = new ArrayList<>();
    for (Resource top : model.getApiV10().resources()) {
      List<Endpoint> endpoints = new ArrayList<>();
      collect(top, schemas, endpoints);
      String name = javaName(top.resourcePath(), true);
      types.add(new GeneratedType(name, new InterfaceWriter(name, top.resourcePath(), endpoints).write()));
      types.add(new GeneratedType(name + "Routes", new BinderWriter(name, endpoints).write()));
      endpoints.forEach(e -> catalog.add(e.verb().toUpperCase(Locale.ROOT) + " " + e.path()));
    }
    return types;
  }

  /** RAML type name -> schema file, from `name: !include schemas/x.json` lines (the parser keeps no path). */
  static Map<String, String> typeSchemas(String ramlText) {
    Map<String, String> map = new LinkedHashMap<>();
    Matcher m = TYPE_INCLUDE.matcher(ramlText);
    while (m.find()) {
      map.put(m.group(1), m.group(2));
    }
    return map;
  }

  static void collect(Resource resource, Map<String, String> schemas, List<Endpoint> into) {
    for (Method method : resource.methods()) {
      into.add(Endpoint.of(resource, method, schemas));
    }
    for (Resource child : resource.resources()) {
      collect(child, schemas, into);
    }
  }

  static String javaName(String path, boolean upperFirst) {
    StringBuilder sb = new StringBuilder();
    for (String part : path.split("[^A-Za-z0-9{}]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String word = part.startsWith("{") ? "By" + capitalize(camel(part.substring(1, part.length() - 1))) : capitalize(camel(part));
      sb.append(word);
    }
    String name = sb.toString();
    return upperFirst ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static String camel(String s) {
    String[] parts = s.split("[^A-Za-z0-9]+");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(capitalize(parts[i]));
    }
    return sb.toString();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String className(String schemaFile) {
    String base = Path.of(schemaFile).getFileName().toString().replaceFirst("\\.json$", "");
    return capitalize(camel(base));
  }

  static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String catalogSource(List<String> catalog, List<String> files) {
    String items = catalog.stream().sorted().map(ApiGenerator::quote).collect(Collectors.joining(",\n      "));
    String fileItems = files.stream().map(ApiGenerator::quote).collect(Collectors.joining(",\n      "));
    return "package " + PKG + ";\n\nimport java.util.List;\n\n"
        + "/** Every method of every RAML contract, as \"VERB /path\"; generated. */\n"
        + "public final class ApiCatalog {\n  private ApiCatalog() {}\n\n"
        + "  public static final List<String> METHODS = List.of(\n      " + items + ");\n\n"
        + "  /** The RAML files, JSON schemas and examples under ramls/, relative to it. */\n"
        + "  public static final List<String> FILES = List.of(\n      " + fileItems + ");\n}\n";
  }

  /** One RAML method with what the generated code needs of it. */
  record Endpoint(String verb, String path, String relative, String javaMethod, String description,
      List<String> pathParams, List<Param> queryParams, List<String> headers, Body body, List<Reply> replies) {

    static Endpoint of(Resource resource, Method method, Map<String, String> schemas) {
      String path = resource.resourcePath();
      List<String> pathParams = new ArrayList<>();
      Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
      while (m.find()) {
        pathParams.add(m.group(1));
      }
      List<Param> query = method.queryParameters().stream().map(Param::of).toList();
      List<String> headers = method.headers().stream().map(TypeDeclaration::name).toList();
      Body body = Body.of(method.body(), schemas);
      List<Reply> replies = method.responses().stream().map(r -> Reply.of(r, schemas))
          .filter(r -> r.code() < 400).toList();
      String verb = method.method();
      return new Endpoint(verb, path, path, verb + javaName(path, true),
          method.description() == null ? "" : method.description().value(), pathParams, query, headers, body, replies);
    }

    String vertxPath() {
      return path.replaceAll("\\{([^}]+)}", ":$1");
    }
  }

  /** A query parameter: its name, Java name and the QueryParam factory call that parses it. */
  record Param(String name, String javaName, String javaType, String factory) {
    static Param of(TypeDeclaration t) {
      String name = t.name();
      String javaName = safeName(camel(name.replace("[", "-").replace("]", "")));
      boolean required = Boolean.TRUE.equals(t.required()) && t.defaultValue() == null;
      String def = quote(t.defaultValue());
      if (t instanceof ArrayTypeDeclaration array) {
        List<String> allowed = array.items() instanceof StringTypeDeclaration s ? s.enumValues() : List.of();
        return new Param(name, javaName, "java.util.List<String>",
            "QueryParam.strings(" + quote(name) + ", " + required + ", " + listOf(allowed) + ")");
      }
      if (t instanceof IntegerTypeDeclaration i) {
        return new Param(name, javaName, "Long", "QueryParam.integer(" + quote(name) + ", " + def + ", " + required
            + ", " + bound(i.minimum()) + ", " + bound(i.maximum()) + ")");
      }
      if (t instanceof NumberTypeDeclaration) {
        return new Param(name, javaName, "java.math.BigDecimal", "QueryParam.number(" + quote(name) + ", " + def + ", " + required + ")");
      }
      if (t instanceof BooleanTypeDeclaration) {
        return new Param(name, javaName, "Boolean", "QueryParam.bool(" + quote(name) + ", " + def + ", " + required + ")");
      }
      List<String> allowed = t instanceof StringTypeDeclaration s ? s.enumValues() : List.of();
      return new Param(name, javaName, "String",
          "QueryParam.string(" + quote(name) + ", " + def + ", " + required + ", " + listOf(allowed) + ")");
    }

    static String bound(Number n) {
      return n == null ? "null" : n.longValue() + "L";
    }

    static String listOf(List<String> values) {
      return "java.util.List.of(" + values.stream().map(ApiGenerator::quote).collect(Collectors.joining(", ")) + ")";
    }

    static String safeName(String s) {
      return Set.of("default", "class", "package", "new", "public", "import", "final").contains(s) ? s + "Value" : s;
    }
  }

  /** A request body: a JSON document of a schema type, or a raw stream (uploads). */
  record Body(String javaClass, String schemaFile, boolean streamed) {
    static Body of(List<TypeDeclaration> bodies, Map<String, String> schemas) {
      if (bodies.isEmpty()) {
        return null;
      }
      for (TypeDeclaration b : bodies) {
        if (JSON_TYPES.contains(b.name()) && schemas.containsKey(b.type())) {
          String file = schemas.get(b.type());
          return new Body(MODEL + "." + className(file), "ramls/" + file, false);
        }
      }
      return new Body("org.folio.access.platform.http.Upload", null, true);
    }
  }

  /** A successful response: code, media type, entity class (or none) and declared headers. */
  record Reply(int code, String mediaType, String entityClass, List<String> headers) {
    static Reply of(Response r, Map<String, String> schemas) {
      int code = Integer.parseInt(r.code().value());
      List<String> headers = r.headers().stream().map(TypeDeclaration::name).toList();
      if (r.body().isEmpty()) {
        return new Reply(code, null, null, headers);
      }
      TypeDeclaration b = r.body().get(0);
      String file = schemas.get(b.type());
      String entity = file == null ? "Object" : MODEL + "." + className(file);
      return new Reply(code, b.name(), entity, headers);
    }
  }

  /** Writes the JAX-RS interface with a response-factory class per method. */
  record InterfaceWriter(String name, String basePath, List<Endpoint> endpoints) {
    String write() {
      StringBuilder sb = new StringBuilder();
      sb.append("package ").append(PKG).append(";\n\n")
          .append("import io.vertx.core.Future;\n")
          .append("import org.folio.access.platform.http.OkapiContext;\n")
          .append("import org.folio.access.platform.http.Reply;\n\n")
          .append("/** Generated from RAML: ").append(basePath).append(". Implementations answer with a Future of a Reply. */\n")
          .append("@jakarta.ws.rs.Path(").append(quote(basePath)).append(")\n")
          .append("public interface ").append(name).append(" {\n");
      endpoints.forEach(e -> writeMethod(sb, e));
      endpoints.forEach(e -> writeResponses(sb, e));
      return sb.append("}\n").toString();
    }

    void writeMethod(StringBuilder sb, Endpoint e) {
      sb.append("\n  /** ").append(e.description().trim().replace("*/", "* /").replace("\n", "\n   * ")).append(" */\n")
          .append("  @jakarta.ws.rs.").append(e.verb().toUpperCase(Locale.ROOT)).append("\n");
      String sub = e.path().substring(basePath.length());
      if (!sub.isEmpty()) {
        sb.append("  @jakarta.ws.rs.Path(").append(quote(sub)).append(")\n");
      }
      List<String> params = new ArrayList<>();
      e.pathParams().forEach(p -> params.add("@jakarta.ws.rs.PathParam(" + quote(p) + ") String " + Param.safeName(camel(p))));
      e.queryParams().forEach(p -> params.add("@jakarta.ws.rs.QueryParam(" + quote(p.name()) + ") " + p.javaType() + " " + p.javaName()));
      e.headers().forEach(h -> params.add("@jakarta.ws.rs.HeaderParam(" + quote(h) + ") String " + Param.safeName(camel(h.toLowerCase(Locale.ROOT)))));
      if (e.body() != null) {
        params.add(e.body().javaClass() + " entity");
      }
      params.add("OkapiContext okapi");
      sb.append("  Future<Reply> ").append(e.javaMethod()).append("(").append(String.join(", ", params)).append(");\n");
    }

    void writeResponses(StringBuilder sb, Endpoint e) {
      sb.append("\n  /** Successful answers of ").append(e.javaMethod()).append(". */\n")
          .append("  final class ").append(capitalize(e.javaMethod())).append("Response {\n")
          .append("    private ").append(capitalize(e.javaMethod())).append("Response() {}\n");
      for (Reply r : e.replies()) {
        List<String> params = new ArrayList<>();
        if (r.entityClass() != null) {
          params.add(r.entityClass() + " entity");
        }
        r.headers().forEach(h -> params.add("String " + camel(h.toLowerCase(Locale.ROOT))));
        String headers = r.headers().isEmpty() ? "java.util.Map.of()"
            : "java.util.Map.of(" + r.headers().stream().map(h -> quote(h) + ", " + camel(h.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", ")) + ")";
        sb.append("\n    public static Reply respond").append(r.code()).append("(").append(String.join(", ", params)).append(") {\n")
            .append("      return new Reply(").append(r.code()).append(", ").append(quote(r.mediaType())).append(", ")
            .append(r.entityClass() == null ? "null" : "entity").append(", ").append(headers).append(");\n    }\n");
      }
      sb.append("  }\n");
    }
  }

  /** Writes the binder that mounts every method on the RouteTable, most specific paths first. */
  record BinderWriter(String name, List<Endpoint> endpoints) {
    String write() {
      StringBuilder sb = new StringBuilder();
      sb.append("package ").append(PKG).append(";\n\n")
          .append("import org.folio.access.platform.http.QueryParam;\n")
          .append("import org.folio.access.platform.http.RouteSpec;\n")
          .append("import org.folio.access.platform.http.RouteTable;\n\n")
          .append("/** Generated: mounts ").append(name).append(" on the module's routes. */\n")
          .append("public final class ").append(name).append("Routes {\n")
          .append("  private ").append(name).append("Routes() {}\n\n")
          .append("  public static void mount(RouteTable table, ").append(name).append(" impl) {\n");
      endpoints.stream().sorted(Comparator.comparingInt((Endpoint e) -> e.pathParams().size()))
          .forEach(e -> writeRoute(sb, e));
      return sb.append("  }\n}\n").toString();
    }

    void writeRoute(StringBuilder sb, Endpoint e) {
      String local = e.javaMethod();
      List<String> args = new ArrayList<>();
      e.pathParams().forEach(p -> args.add("req.path(" + quote(p) + ")"));
      for (Param p : e.queryParams()) {
        String constant = local + capitalize(p.javaName());
        sb.append("    final QueryParam<").append(p.javaType()).append("> ").append(constant).append(" = ").append(p.factory()).append(";\n");
        args.add("req.query(" + constant + ")");
      }
      e.headers().forEach(h -> args.add("req.header(" + quote(h) + ")"));
      Body body = e.body();
      if (body != null) {
        args.add(body.streamed() ? "req.upload()" : "req.body(" + body.javaClass() + ".class)");
      }
      args.add("req.okapi()");
      String spec = "new RouteSpec(" + quote(e.verb().toUpperCase(Locale.ROOT)) + ", " + quote(e.path()) + ", "
          + quote(body == null ? null : body.schemaFile()) + ", " + (body != null && body.streamed()) + ")";
      sb.append("    table.mount(").append(spec).append(", req -> impl.").append(local).append("(")
          .append(String.join(", ", args)).append("));\n");
    }
  }
}
