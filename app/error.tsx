'use client';

// Shown when a page throws something it did not handle itself; never shows a stack or Cypher.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert" role="alert">
      <p>
        <strong>Er ging iets mis bij het laden van deze pagina.</strong>
      </p>
      <p lang="en">Something went wrong while loading this page.</p>
      <button type="button" onClick={() => reset()}>
        Opnieuw proberen / Try again
      </button>
    </div>
  );
}
