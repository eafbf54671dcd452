export { ConsoleSignInScreen } from './components/console-sign-in-screen'
export { InviteClaimScreen } from './components/invite-claim-screen'
