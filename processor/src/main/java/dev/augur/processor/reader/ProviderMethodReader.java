package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.model.ProviderMethodModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads a {@code @QueryProvider} method and checks that its provider class fits it. */
public final class ProviderMethodReader {
  private static final String DAO_CONTEXT = "dev.augur.runtime.DaoContext";
  private final Types types;

  public ProviderMethodReader(Types types) {
    this.types = types;
  }

  public Optional<ProviderMethodModel> read(
      String daoName, ExecutableElement method, ExecutableType signature, Report report) {
    String display = daoName + "." + method.getSimpleName() + "()";
    AnnotationMirror annotation =
        Annotations.mirror(method, Annotations.QUERY_PROVIDER).orElseThrow();
    Object value = Annotations.value(annotation, "value");
    if (!(value instanceof DeclaredType declared)) {
      return Optional.empty(); // javac reports the missing or broken class
    }
    TypeElement provider = (TypeElement) declared.asElement();
    String name = method.getSimpleName().toString();
    String problem = null;
    boolean hasConstructor =
        ElementFilter.constructorsIn(provider.getEnclosedElements()).stream()
            .anyMatch(
                c ->
                    c.getModifiers().contains(Modifier.PUBLIC)
                        && c.getParameters().size() == 1
                        && isDaoContext(c.getParameters().get(0).asType()));
    if (provider.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "is abstract";
    } else if (!hasConstructor) {
      problem = "has no public constructor taking a DaoContext";
    } else if (!hasMatchingMethod(provider, name, signature)) {
      problem = "has no public method " + name + " with the same parameters and return type";
    }
    if (problem != null) {
      report.error(
          method,
          annotation,
          Annotations.explicitValue(annotation, "value"),
          Message.PROVIDER,
          display,
          provider.getSimpleName(),
          problem,
          name);
      return Optional.empty();
    }
    return Optional.of(
        new ProviderMethodModel(
            name,
            ClassName.get(provider),
            TypeName.get(signature.getReturnType()),
            MethodSupport.signature(method, signature),
            method));
  }

  private boolean hasMatchingMethod(TypeElement provider, String name, ExecutableType signature) {
    for (ExecutableElement candidate : ElementFilter.methodsIn(provider.getEnclosedElements())) {
      if (!candidate.getSimpleName().contentEquals(name)
          || !candidate.getModifiers().contains(Modifier.PUBLIC)
          || candidate.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      List<? extends TypeMirror> wanted = signature.getParameterTypes();
      if (candidate.getParameters().size() != wanted.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < wanted.size(); i++) {
        same &= types.isSameType(candidate.getParameters().get(i).asType(), wanted.get(i));
      }
      if (same && types.isAssignable(candidate.getReturnType(), signature.getReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDaoContext(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(DAO_CONTEXT);
  }
}
