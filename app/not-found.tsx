export default function NotFound() {
  return (
    <div className="notice">
      <h1>Niet gevonden</h1>
      <p>Deze pagina bestaat niet.</p>
      <p lang="en">This page does not exist.</p>
    </div>
  );
}
