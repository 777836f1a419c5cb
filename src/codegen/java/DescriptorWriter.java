import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build step: writes target/ModuleDescriptor.json and target/DeploymentDescriptor.json from the descriptor
 * templates after Maven's resource filtering has put the project version in. Fails the build if a template
 * still holds a ${...} placeholder or is missing.
 */
public class DescriptorWriter {
  private static final Map<String, String> OUTPUTS = Map.of(
      "ModuleDescriptor-template.json", "ModuleDescriptor.json",
      "DeploymentDescriptor-template.json", "DeploymentDescriptor.json");

  public static void main(String[] args) throws IOException {
    Path filtered = Path.of(args[0]);
    Path target = Path.of(args[1]);
    for (Map.Entry<String, String> output : OUTPUTS.entrySet()) {
      String text = Files.readString(filtered.resolve(output.getKey()));
      if (text.contains("${")) {
        throw new IllegalStateException(output.getKey() + " still holds an unfilled ${...} placeholder");
      }
      Files.writeString(target.resolve(output.getValue()), text);
    }
  }
}
