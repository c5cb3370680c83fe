package dev.augur.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources, compared character for character with the files under {@code
 * src/test/resources/golden}. After an intended change to the generated code, regenerate them with
 * {@code AUGUR_REGENERATE_GOLDEN=true mvn -pl processor test -Dtest=GoldenFilesTest} (which writes
 * the files and then fails, so that it cannot be left on) and review the diff.
 */
class GoldenFilesTest {
  private static final List<String> INPUTS =
      List.of("Sensor.java", "SensorReading.java", "SensorDao.java", "Plant.java", "PlantDao.java");
  private static final List<String> GENERATED =
      List.of(
          "shop.Sensor_Mapper",
          "shop.SensorReading_Mapper",
          "shop.AugurSensorDao",
          "shop.Plant_Mapper",
          "shop.Plant_Care_UdtMapper",
          "shop.Plant_Stats_Mapper",
          "shop.AugurPlantDao");

  @Test
  void generatedSourcesMatchGoldenFiles() throws IOException {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    boolean regenerate = "true".equals(System.getenv("AUGUR_REGENERATE_GOLDEN"));
    List<String> written = new ArrayList<>();
    for (String name : GENERATED) {
      String actual = generated(compilation, name);
      String fileName = name.substring(name.lastIndexOf('.') + 1) + ".java";
      if (regenerate) {
        Path file = Path.of(System.getenv("AUGUR_GOLDEN_DIR"), fileName);
        Files.writeString(file, actual);
        written.add(file.toString());
        continue;
      }
      assertThat(actual).isEqualTo(resource("golden/" + fileName));
    }
    // A run that regenerates compares nothing, so it must never pass: left on in CI, it would
    // accept any generated code.
    if (regenerate) {
      throw new AssertionError(
          "AUGUR_REGENERATE_GOLDEN=true: regenerated "
              + written.size()
              + " golden files and compared none; review the diff, then run again without it:\n  "
              + String.join("\n  ", written));
    }
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    Compilation first = compile();
    Compilation second = compile();
    for (String name : GENERATED) {
      assertThat(generated(second, name)).isEqualTo(generated(first, name));
    }
  }

  @Test
  void generatedFilesCarryNoDateOrVersion() throws IOException {
    Compilation compilation = compile();
    for (String name : GENERATED) {
      String source = generated(compilation, name);
      assertThat(source).contains("@Generated(\"dev.augur.processor.AugurProcessor\")");
      assertThat(source).contains("do not edit");
      assertThat(source)
          .doesNotContainMatch(
              "date\\s*=|20\\d\\d-\\d\\d|" + Runtime.version().feature() + "\\.\\d");
    }
  }

  private static Compilation compile() {
    JavaFileObject[] sources =
        INPUTS.stream()
            .map(file -> JavaFileObjects.forResource("golden/input/" + file))
            .toArray(JavaFileObject[]::new);
    return Compiler.javac().withProcessors(new AugurProcessor()).compile(sources);
  }

  private static String generated(Compilation compilation, String qualifiedName)
      throws IOException {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
    return file.getCharContent(false).toString();
  }

  private static String resource(String path) {
    URL url = GoldenFilesTest.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new AssertionError(path + " is missing; regenerate with AUGUR_REGENERATE_GOLDEN=true");
    }
    try (var in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
