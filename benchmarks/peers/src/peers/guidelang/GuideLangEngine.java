package peers.guidelang;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import peers.Engine;
import peers.Outcome;
import peers.Patient;
import peers.guidelang.gen.MilanNen;
import peers.guidelang.gen.WhoGrading;

/**
 * A copy of ../shared/peers/guidelang/src/peers/guidelang/GuideLangEngine.java for the API after issue 16: the map
 * path calls evaluate(Map), which no longer builds the explanation (explain(Map) does), and passes the patient's map
 * as it comes instead of copying it twice (who_grading sees it through a view of its three inputs). Run by benchmarks/peers/run.sh. The rest is unchanged.
 *
 * GuideLang's generated evaluators (peers/guidelang/guide, compiled ahead by guidec build --java) on the
 * harness. The typed path shares one WhoGrading evaluation between both outcomes, as an importing guideline
 * does; compile() times the whole pipeline from text: parse, check, generate Java, javac in memory.
 */
public class GuideLangEngine implements Engine {
  static final Path GUIDES = Path.of(System.getProperty("guidelang.guides", "guidelang/guide"));

  @Override public String name() { return "GuideLang generated"; }

  @Override public String notes() {
    return "guidec build --java; typed path: MilanNen.evaluate(Input), the grade from its result; map path: catalog evaluators";
  }

  @Override public void compile() throws Exception {
    List<SourceFile> files = new ArrayList<>();
    for (String f : List.of("who_grading.guide", "milan_nen.guide")) {
      files.add(new SourceFile(f, Files.readString(GUIDES.resolve(f))));
    }
    Compilation c = GuideCompiler.compile(files);
    if (c.hasErrors()) throw new IllegalStateException(c.diagnostics().toString());
    List<GeneratedFile> java = JavaBackend.generate(c, null).sources();
    if (Boolean.getBoolean("guidelang.javac")) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      List<JavaFileObject> units = new ArrayList<>();
      for (GeneratedFile g : java) {
        units.add(new SimpleJavaFileObject(URI.create("string:///" + g.path()), JavaFileObject.Kind.SOURCE) {
          @Override public CharSequence getCharContent(boolean ignore) { return g.content(); }
        });
      }
      Path out = Files.createTempDirectory("gl-javac");
      if (!javac.getTask(null, null, null, List.of("-d", out.toString(), "-proc:none"), null, units).call()) {
        throw new IllegalStateException("javac failed");
      }
    }
  }

  /**
   * The map path as a service would write it: each guideline's {@code evaluator().evaluate(map)}, which decides
   * without explaining. who_grading refuses inputs it does not declare, so it sees the patient through a view of its
   * three; numbers go in as the harness gives them (the validator takes any Number).
   */
  @Override public Map<String, Object> evaluate(Map<String, Object> patient) {
    Map<String, Object> out = new HashMap<>(4);
    try {
      out.put(Outcome.GRADE, WhoGrading.evaluator().evaluate(new InputsOf(patient, WHO_INPUTS))
          .outcome("grade").orElseThrow().value());
      out.put(Outcome.ELIGIBILITY, MilanNen.evaluator().evaluate(patient).outcome("eligibility").orElseThrow().value());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static final List<String> WHO_INPUTS = List.of("differentiation", "ki67", "mitoticCount");

  /** A patient map seen through some of its keys, without copying it. */
  static final class InputsOf extends AbstractMap<String, Object> {
    private final Map<String, Object> patient;
    private final List<String> keys;

    InputsOf(Map<String, Object> patient, List<String> keys) {
      this.patient = patient;
      this.keys = keys;
    }

    @Override public Object get(Object key) {
      return keys.contains(key) ? patient.get(key) : null;
    }

    @Override public int size() {
      int size = 0;
      for (String key : keys) {
        if (patient.containsKey(key)) size++;
      }
      return size;
    }

    @Override public Set<Entry<String, Object>> entrySet() {
      Map<String, Object> present = new HashMap<>();
      for (String key : keys) {
        if (patient.containsKey(key)) present.put(key, patient.get(key));
      }
      return present.entrySet();
    }
  }

  /**
   * The typed path: one {@code MilanNen.evaluate}, whose result holds the WHO grade decided in the same evaluation
   * ({@code result.who().grade()}). Both outcomes are exact (issue 12): a patient whose facts decide the outcome gets
   * it even where the one pass alone would leave it open, as the map path does.
   */
  @Override public Outcome evaluateTyped(Patient p) {
    MilanNen.Result r = MilanNen.evaluate(new MilanNen.Input(
        p.differentiation() == null ? null : WhoGrading.Differentiation.ofCode(p.differentiation()),
        p.ki67(), p.mitoticCount(), p.portalDrainage(), p.extrahepaticDiseaseCleared(), p.liverInvolvement(),
        p.stableDiseaseMonths() == null ? null : p.stableDiseaseMonths().doubleValue(),
        p.age() == null ? null : p.age().doubleValue()));
    return new Outcome(r.who().grade().isDetermined() ? r.who().grade().get().code() : null,
        r.eligibility().isDetermined() ? r.eligibility().get().code() : null);
  }

  /** The public API as a downstream developer would first write it: one evaluate() per guideline. */
  public static class PublicApi extends GuideLangEngine {
    @Override public String name() { return "GuideLang generated (evaluate per guideline)"; }
    @Override public Outcome evaluateTyped(Patient p) {
      WhoGrading.Differentiation d = p.differentiation() == null ? null : WhoGrading.Differentiation.ofCode(p.differentiation());
      WhoGrading.Result w = WhoGrading.evaluate(WhoGrading.Input.builder()
          .differentiation(d).ki67(p.ki67()).mitoticCount(p.mitoticCount()).build());
      MilanNen.Result m = MilanNen.evaluate(MilanNen.Input.builder()
          .differentiation(d).ki67(p.ki67()).mitoticCount(p.mitoticCount())
          .portalDrainage(p.portalDrainage()).extrahepaticDiseaseCleared(p.extrahepaticDiseaseCleared())
          .liverInvolvement(p.liverInvolvement())
          .stableDiseaseMonths(p.stableDiseaseMonths() == null ? null : p.stableDiseaseMonths().doubleValue())
          .age(p.age() == null ? null : p.age().doubleValue()).build());
      return new Outcome(w.grade().isDetermined() ? w.grade().get().code() : null,
          m.eligibility().isDetermined() ? m.eligibility().get().code() : null);
    }
  }
}
