import * as z from 'zod/mini'

/** An OpenAI-compatible chat model (`LLM_BASE_URL`), such as the city's own deployment. */
export interface Llm {
  /** The model's reply, or null when it fails, times out or answers nothing. */
  complete(system: string, user: string): Promise<string | null>
}

const DEFAULT_TIMEOUT_MS = 4000

const Completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).check(z.minLength(1)),
})

/** The model configured in the environment, or null: then 智能导办 works offline. */
export function llmFromEnv(env: NodeJS.ProcessEnv = process.env): Llm | null {
  const base = env.LLM_BASE_URL?.trim()
  if (!base) return null
  const timeout = Number(env.LLM_TIMEOUT_MS) > 0 ? Number(env.LLM_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS
  return {
    async complete(system, user) {
      try {
        const response = await fetch(`${base.replace(/\/+$/, '')}/chat/completions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(env.LLM_API_KEY ? { authorization: `Bearer ${env.LLM_API_KEY}` } : {}),
          },
          body: JSON.stringify({
            model: env.LLM_MODEL ?? 'default',
            temperature: 0,
            messages: [
              { role: 'system', content: system },
              { role: 'user', content: user },
            ],
          }),
          signal: AbortSignal.timeout(timeout),
        })
        if (!response.ok) return null
        const parsed = z.safeParse(Completion, await response.json())
        const content = parsed.success ? parsed.data.choices[0]?.message.content.trim() : ''
        return content ? content : null
      } catch {
        return null
      }
    },
  }
}
