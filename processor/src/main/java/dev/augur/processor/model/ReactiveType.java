package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * The reactive libraries' types a DAO method may return in place of {@code CompletionStage} and
 * {@code Flow.Publisher}. Each wraps one {@link ReturnKind} (which the statement is checked and run
 * as), and knows the adapter of Augur's that generated code calls and the artifact that holds it.
 */
public enum ReactiveType {
  MONO("reactor.core.publisher.Mono", Library.REACTOR, "mono", false),
  FLUX("reactor.core.publisher.Flux", Library.REACTOR, "flux", true),
  UNI("io.smallrye.mutiny.Uni", Library.MUTINY, "uni", false),
  MULTI("io.smallrye.mutiny.Multi", Library.MUTINY, "multi", true),
  MAYBE("io.reactivex.rxjava3.core.Maybe", Library.RXJAVA, "maybe", false),
  SINGLE("io.reactivex.rxjava3.core.Single", Library.RXJAVA, "single", false),
  COMPLETABLE("io.reactivex.rxjava3.core.Completable", Library.RXJAVA, "completable", false),
  FLOWABLE("io.reactivex.rxjava3.core.Flowable", Library.RXJAVA, "flowable", true);

  /** A reactive library, with Augur's module for it. */
  public enum Library {
    REACTOR("Project Reactor", "dev.augur.reactor.ReactorCalls", "dev.augur:augur-reactor"),
    MUTINY("SmallRye Mutiny", "dev.augur.mutiny.MutinyCalls", "dev.augur:augur-mutiny"),
    RXJAVA("RxJava 3", "dev.augur.rxjava.RxJavaCalls", "dev.augur:augur-rxjava");

    private final String display;
    private final ClassName adapter;
    private final String artifact;

    Library(String display, String adapter, String artifact) {
      this.display = display;
      this.adapter = ClassName.bestGuess(adapter);
      this.artifact = artifact;
    }

    public String display() {
      return display;
    }

    /** The class generated code calls. */
    public ClassName adapter() {
      return adapter;
    }

    /** The artifact that holds {@link #adapter()}: {@code groupId:artifactId}. */
    public String artifact() {
      return artifact;
    }
  }

  private final String qualifiedName;
  private final Library library;
  private final String adapterMethod;
  private final boolean stream;

  ReactiveType(String qualifiedName, Library library, String adapterMethod, boolean stream) {
    this.qualifiedName = qualifiedName;
    this.library = library;
    this.adapterMethod = adapterMethod;
    this.stream = stream;
  }

  /** The type's qualified name. */
  public String qualifiedName() {
    return qualifiedName;
  }

  public String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  public Library library() {
    return library;
  }

  /** The adapter's method: it takes a supplier of the call's stage, or of the row publisher. */
  public String adapterMethod() {
    return adapterMethod;
  }

  /** Whether it streams rows (wrapping {@link ReturnKind#PUBLISHER}) rather than one value. */
  public boolean stream() {
    return stream;
  }

  /** The type {@code qualifiedName} names, if it is one of these. */
  public static ReactiveType of(String qualifiedName) {
    for (ReactiveType type : values()) {
      if (type.qualifiedName.equals(qualifiedName)) {
        return type;
      }
    }
    return null;
  }

  /** The forms each may take, for messages, with {@code E} for an entity. */
  public List<String> forms() {
    return switch (this) {
      case MONO, UNI -> {
        String t = simpleName();
        yield List.of(
            t + "<E>",
            t + "<Void>",
            t + "<Boolean>",
            t + "<Long>",
            t + "<LwtResult<E>>",
            t + "<Page<E>>");
      }
      case MAYBE -> List.of("Maybe<E>");
      case SINGLE -> List.of("Single<Boolean>", "Single<Long>", "Single<LwtResult<E>>", "Single<Page<E>>");
      case COMPLETABLE -> List.of("Completable");
      case FLUX, MULTI, FLOWABLE -> List.of(simpleName() + "<E>");
    };
  }
}
