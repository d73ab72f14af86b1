/**
 * Several member changes in one PATCH, made from the IdP's one-member template: the template is
 * filled once per user and the `value` arrays of its operations are joined. Entra gallery apps must
 * accept "multiple group memberships with a single PATCH" (IDP-SHAPES.md §3.7); the batch size is
 * not documented, so it is the user's choice (`--member-batch`), 1 replaying the template as is.
 */
export function joinMemberValues(bodies: readonly unknown[]): unknown {
  const [first, ...rest] = bodies;
  if (rest.length === 0 || !isPatch(first)) return first;
  const operations = first.Operations.map((op, k) => {
    if (!Array.isArray(op.value)) return op;
    const values = rest.flatMap((body) => (isPatch(body) && Array.isArray(body.Operations[k]?.value) ? (body.Operations[k]!.value as unknown[]) : []));
    return { ...op, value: [...op.value, ...values] };
  });
  return { ...first, Operations: operations };
}

interface PatchBody {
  Operations: Array<{ value?: unknown }>;
}

function isPatch(body: unknown): body is PatchBody {
  return typeof body === 'object' && body !== null && Array.isArray((body as { Operations?: unknown }).Operations);
}
